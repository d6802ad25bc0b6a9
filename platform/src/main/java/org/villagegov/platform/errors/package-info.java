/** RFC 9457 problem+json for every error a service can answer with. */
package org.villagegov.platform.errors;
