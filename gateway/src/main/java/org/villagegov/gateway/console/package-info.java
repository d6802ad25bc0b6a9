/**
 * The web console (module {@code console}, packaged under {@code console/} on the classpath) served
 * at {@code /}: its files, its client-side routes, its start-up settings and the headers that keep
 * its pages to the gateway and Keycloak.
 */
package org.villagegov.gateway.console;
