package org.villagegov.council.config;

/** Who may read and who may write the council's records, as {@code @PreAuthorize} expressions. */
public final class Access {

    /** The village's cadres (own village, checked per object) and the county admin. */
    public static final String WRITERS = "hasAnyRole('village-cadre','county-admin')";
    /** Everyone of the county with a part in village affairs (scoped per object and list). */
    public static final String READERS =
            "hasAnyRole('county-admin','township-officer','village-cadre','council-member','grid-worker','villager','integrator')";

    private Access() {
    }
}
