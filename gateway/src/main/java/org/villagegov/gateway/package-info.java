/** The gateway: the only entrance for people and integrators; services are not reachable from outside. */
package org.villagegov.gateway;
