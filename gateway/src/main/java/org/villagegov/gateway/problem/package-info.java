/** Errors of the gateway, as problem+json. */
package org.villagegov.gateway.problem;
