/**
 * How an operation of {@code /api/v1} is retired: {@link org.villagegov.platform.deprecation.Sunset}
 * on the handler, the {@code Deprecation}, {@code Sunset} and {@code Link} headers on every answer
 * (RFC 9745, RFC 8594) and {@code deprecated: true} in the OpenAPI document (docs/integrators.md).
 */
package org.villagegov.platform.deprecation;
