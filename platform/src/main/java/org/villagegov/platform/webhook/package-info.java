/** Signed webhooks: integrators' subscriptions to this service's own events, delivered, retried and parked per county. */
package org.villagegov.platform.webhook;
