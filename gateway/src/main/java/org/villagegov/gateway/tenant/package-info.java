/** The tenant registry and county onboarding: realm, registration, announcement. */
package org.villagegov.gateway.tenant;
