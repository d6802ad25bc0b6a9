package org.villagegov.platform.sample;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.security.EndpointRolesVerifier;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.villagegov.platform.test.TestTenants.DAYE;

/**
 * {@code @AnyRole} (on a class, on a method, and inside a role-set annotation) allows and refuses
 * exactly whom the {@code @PreAuthorize} string it stands for does; the context starting at all shows
 * {@link EndpointRolesVerifier} accepts it ({@code /class-typed} has no annotation of its own).
 */
@SampleIntegrationTest
class RoleAnnotationIntegrationTests {

    private static final String BASE = "/api/v1/sample/role-checks/";
    private static final List<String> ROLES = List.of("county-admin", "township-officer", "village-cadre", "villager",
            "grid-worker");

    @Autowired
    MockMvc mvc;
    @Autowired
    EndpointRolesVerifier verifier;

    @Test
    void whenEachRoleCallsTheTypedAndTheStringRuleThenBothAnswerAlike() throws Exception {
        Map<String, Integer> allowed = Map.of("class", 1, "method", 2, "set", 2);
        for (String rule : List.of("class", "method", "set")) {
            int granted = 0;
            for (String role : ROLES) {
                String token = TestTokens.forTenant(DAYE).roles(role).township(Tokens.TOWNSHIP).village(Tokens.VILLAGE).bearer();
                int typed = status(BASE + rule + "-typed", token);
                int string = status(BASE + rule + "-string", token);
                assertThat(typed).as(rule + " as " + role).isEqualTo(string).isIn(200, 403);
                granted += typed == 200 ? 1 : 0;
            }
            assertThat(granted).as(rule + ": how many roles are let in").isEqualTo(allowed.get(rule));
        }
    }

    @Test
    void whenNoTokenIsGivenThenTheTypedRuleIsUnauthorizedLikeAnyOther() throws Exception {
        assertThat(mvc.perform(get(BASE + "method-typed")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void whenTheServiceStartedThenTheVerifierAcceptedTheTypedRules() {
        assertThat(verifier).isNotNull();
    }

    private int status(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", token)).andReturn().getResponse().getStatus();
    }
}
