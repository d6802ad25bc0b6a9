package org.villagegov.platform.security;

/** Realm role names, as the Keycloak realm templates define them. */
public final class Roles {

    public static final String COUNTY_ADMIN = "county-admin";
    public static final String TOWNSHIP_OFFICER = "township-officer";
    public static final String VILLAGE_CADRE = "village-cadre";
    public static final String COUNCIL_MEMBER = "council-member";
    public static final String GRID_WORKER = "grid-worker";
    public static final String MEDIATOR = "mediator";
    public static final String POINTS_CLERK = "points-clerk";
    public static final String VILLAGER = "villager";
    public static final String INTEGRATOR = "integrator";
    /** Platform realm only. */
    public static final String PROVINCIAL_ADMIN = "provincial-admin";
    /** Platform realm only. */
    public static final String PLATFORM_OPERATOR = "platform-operator";
    /** Service accounts of the platform's own services (client credentials). */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
