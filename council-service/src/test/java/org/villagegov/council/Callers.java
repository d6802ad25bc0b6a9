package org.villagegov.council;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.villagegov.platform.test.TestTokens;

import static org.villagegov.platform.test.TestTenants.DAYE;

/**
 * Who calls in a controller slice ({@code @WebMvcTest}): spring-security-test's {@code jwt()} with
 * the claims of county daye's people, as {@link CouncilTestSupport} names them for the full context.
 */
public final class Callers {

    private static final String TOWNSHIP = "t-jinhu";
    private static final String VILLAGE = "v-baisha";

    private Callers() {
    }

    public static JwtRequestPostProcessor cadre() {
        return inVillage("cadre-1", "village-cadre");
    }

    public static JwtRequestPostProcessor villager() {
        return inVillage("villager-1", "villager");
    }

    public static JwtRequestPostProcessor gridWorker() {
        return inVillage("grid-worker-1", "grid-worker");
    }

    public static JwtRequestPostProcessor councilMember() {
        return inVillage("member-1", "council-member");
    }

    /** A role council-service grants nothing to. */
    public static JwtRequestPostProcessor mediator() {
        return inVillage("mediator-1", "mediator");
    }

    public static JwtRequestPostProcessor townshipOfficer() {
        return TestTokens.forTenant(DAYE).subject("officer-1").roles("township-officer").township(TOWNSHIP).jwt();
    }

    public static JwtRequestPostProcessor countyAdmin() {
        return TestTokens.forTenant(DAYE).subject("admin-1").roles("county-admin").jwt();
    }

    private static JwtRequestPostProcessor inVillage(String subject, String... roles) {
        return TestTokens.forTenant(DAYE).subject(subject).roles(roles).township(TOWNSHIP).village(VILLAGE).jwt();
    }
}
