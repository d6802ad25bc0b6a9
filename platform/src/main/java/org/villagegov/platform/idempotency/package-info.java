/** Create requests retried with the same Idempotency-Key run once. */
package org.villagegov.platform.idempotency;
