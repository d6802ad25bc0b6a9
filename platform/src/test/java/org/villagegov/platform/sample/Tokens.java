package org.villagegov.platform.sample;

import org.villagegov.platform.test.TestTokens;

import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/** The identities the sample tests use. */
final class Tokens {

    static final String TOWNSHIP = "t-jinhu";
    static final String VILLAGE = "v-baisha";
    static final String OTHER_VILLAGE = "v-dongfeng";

    private Tokens() {
    }

    static String cadre() {
        return TestTokens.forTenant(DAYE).subject("cadre-1").username("cadre").roles("village-cadre").township(TOWNSHIP).village(VILLAGE).bearer();
    }

    static String otherVillageCadre() {
        return TestTokens.forTenant(DAYE).roles("village-cadre").township(TOWNSHIP).village(OTHER_VILLAGE).bearer();
    }

    static String villager() {
        return TestTokens.forTenant(DAYE).roles("villager").township(TOWNSHIP).village(VILLAGE).bearer();
    }

    static String countyAdmin() {
        return TestTokens.forTenant(DAYE).subject("admin-1").username("admin").roles("county-admin").bearer();
    }

    static String otherCountyAdmin() {
        return TestTokens.forTenant(LINXIAN).roles("county-admin").bearer();
    }

    static String otherCountyCadre() {
        return TestTokens.forTenant(LINXIAN).roles("village-cadre").township(TOWNSHIP).village(VILLAGE).bearer();
    }

    static String noteJson(String id, String village, String text) {
        String idField = id == null ? "" : "\"id\":\"" + id + "\",";
        return """
                {%s"township":"%s","village":"%s","text":"%s","kind":"NOTICE"}
                """.formatted(idField, TOWNSHIP, village, text);
    }
}
