/** Synchronous calls between services: tenant and token relay, timeouts, clear errors. */
package org.villagegov.platform.feign;
