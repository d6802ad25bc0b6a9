/**
 * The council service's wiring (security, scheduling) and what every feature shares: the role
 * sets {@link org.villagegov.council.config.Readers} and {@link org.villagegov.council.config.Writers},
 * who counts as only a villager.
 */
package org.villagegov.council.config;
