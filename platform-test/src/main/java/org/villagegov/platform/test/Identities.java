package org.villagegov.platform.test;

/**
 * Bearer tokens for the people of one place of a test county, so each service's test support
 * names who someone is and where, not how a token is built:
 * {@code Identities BAISHA = Identities.of(DAYE, "t-jinhu", "v-baisha"); BAISHA.cadre("cadre-1")}.
 */
public record Identities(String tenant, String township, String village) {

    public static Identities of(String tenant, String township, String village) {
        return new Identities(tenant, township, village);
    }

    /** Someone with these roles who lives and works in this village. */
    public String inVillage(String subject, String... roles) {
        return TestTokens.forTenant(tenant).subject(subject).roles(roles).township(township).village(village).bearer();
    }

    public String cadre(String subject) {
        return inVillage(subject, "village-cadre");
    }

    public String gridWorker(String subject) {
        return inVillage(subject, "grid-worker");
    }

    public String councilMember(String subject) {
        return inVillage(subject, "council-member");
    }

    public String villager(String subject) {
        return inVillage(subject, "villager");
    }

    /** An officer of this village's township (no village claim). */
    public String townshipOfficer(String subject) {
        return TestTokens.forTenant(tenant).subject(subject).roles("township-officer").township(township).bearer();
    }

    /** A county-wide administrator of this county (no place claims). */
    public String countyAdmin(String subject) {
        return TestTokens.forTenant(tenant).subject(subject).roles("county-admin").bearer();
    }
}
