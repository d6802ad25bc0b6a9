package org.villagegov.platform.test;

/** The tenants every test context knows, with their provinces (names from the seed articles). */
public final class TestTenants {

    /** Daye, Hubei: the first county. */
    public static final String DAYE = "daye";
    /** Linxian, Henan: the other county, whose tokens must never reach Daye's data. */
    public static final String LINXIAN = "linxian";
    /** Registered but suspended. */
    public static final String SUSPENDED = "pingjiang";
    public static final String PLATFORM = "platform";

    private TestTenants() {
    }
}
