/** The OpenAPI contract every service publishes, shaped in one place: servers, errors, rate limits, operation ids, ids. */
package org.villagegov.platform.openapi;
