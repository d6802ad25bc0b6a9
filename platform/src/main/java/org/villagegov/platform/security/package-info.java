/** Token validation per tenant issuer, realm roles, the typed caller, and problem+json 401/403. */
package org.villagegov.platform.security;
