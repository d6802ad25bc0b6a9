package org.villagegov.points.rule;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** The catalogue routes' binding, roles and answers, with the feature service mocked (no database). */
@WebMvcTest(RuleController.class)
class RuleControllerTests {

    static final String RULES = "/api/v1/points/rules";
    static final String COUNTY_RULE = """
            {"code":"volunteering","behaviour":"Volunteer work","category":"PUBLIC_WELFARE","points":5,"evidenceRequired":false}
            """;

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RuleCatalogue catalogue;

    static TestTokens countyAdmin() {
        return TestTokens.forTenant(DAYE).subject("admin-1").roles("county-admin");
    }

    @Test
    void whenTheCountyCreatesARuleThenItIsInForceAsVersionOne() throws Exception {
        given(catalogue.create(eq("volunteering"), isNull(), isNull(), any(), isNull(), any())).willReturn(RuleTests.countyRule());

        mvc.perform(post(RULES).with(countyAdmin().jwt()).contentType("application/json").content(COUNTY_RULE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("volunteering"))
                .andExpect(jsonPath("$.ruleVersion").value(1))
                .andExpect(jsonPath("$.points").value(5))
                .andExpect(jsonPath("$.pending").doesNotExist());
    }

    @Test
    void whenAnOverrideAwaitsApprovalThenItsPendingTermsAreShown() throws Exception {
        given(catalogue.visible(eq("volunteering@v-1"), any())).willReturn(RuleTests.override(RuleTests.TODAY));

        mvc.perform(get(RULES + "/volunteering@v-1").with(countyAdmin().jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleVersion").value(0))
                .andExpect(jsonPath("$.pending.points").value(6))
                .andExpect(jsonPath("$.pending.proposedBy").value("cadre-1"));
    }

    @Test
    void whenAGridWorkerCreatesARuleThenForbidden() throws Exception {
        mvc.perform(post(RULES).with(TestTokens.forTenant(DAYE).roles("grid-worker").township("t-jinhu").village("v-baisha").jwt())
                        .contentType("application/json").content(COUNTY_RULE))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(catalogue);
    }

    @Test
    void whenTheCodeIsNoSlugThenAProblemNamesIt() throws Exception {
        mvc.perform(post(RULES).with(countyAdmin().jwt()).contentType("application/json")
                        .content(COUNTY_RULE.replace("\"volunteering\"", "\"Volunteering Work!\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        verifyNoInteractions(catalogue);
    }
}
