/** Token checks at the edge: exact registered issuers, suspended counties, the operator's registry. */
package org.villagegov.gateway.security;
