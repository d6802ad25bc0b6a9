package org.villagegov.points.supermarket;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** The supermarket routes' binding, roles and answers, with the feature service mocked (no database). */
@WebMvcTest(SupermarketController.class)
class SupermarketControllerTests {

    static final String SUPERMARKET = "/api/v1/points/supermarket";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Supermarket supermarket;

    static TestTokens inBaisha(String subject, String role) {
        return TestTokens.forTenant(DAYE).subject(subject).roles(role).township("t-jinhu").village("v-baisha");
    }

    @Test
    void whenAClerkStocksAnItemThenItComesBackWithItsOpeningTopUp() throws Exception {
        given(supermarket.createItem(eq(null), eq("v-baisha"), eq("rice"), eq(12), eq(5), any()))
                .willReturn(RedemptionTests.rice());

        mvc.perform(post(SUPERMARKET + "/items").with(inBaisha("clerk-1", "points-clerk").jwt())
                        .contentType("application/json").content("{\"villageId\":\"v-baisha\",\"name\":\"rice\",\"price\":12,\"stock\":5}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("i-1"))
                .andExpect(jsonPath("$.topUps[0].quantity").value(5))
                .andExpect(jsonPath("$.topUps[0].note").value("opening stock"))
                .andExpect(jsonPath("$.topUps[0].by").value("clerk-1"))
                .andExpect(jsonPath("$.topUps[0].at").value("2026-11-24T02:00:00Z"));
    }

    @Test
    void whenAReceiptIsReadThenItShowsTheFrozenPrice() throws Exception {
        given(supermarket.redemption(eq("r-1"), any())).willReturn(RedemptionTests.started());

        mvc.perform(get(SUPERMARKET + "/redemptions/r-1").with(inBaisha("clerk-1", "points-clerk").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitPrice").value(12))
                .andExpect(jsonPath("$.total").value(36))
                .andExpect(jsonPath("$.status").value("PENDING"));
    }

    @Test
    void whenACountyAdminRedeemsAtTheCounterThenForbidden() throws Exception {
        mvc.perform(post(SUPERMARKET + "/redemptions").with(TestTokens.forTenant(DAYE).roles("county-admin").jwt())
                        .contentType("application/json").content("{\"householdId\":\"hh-1\",\"itemId\":\"i-1\",\"quantity\":1}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(supermarket);
    }

    @Test
    void whenTheQuantityIsZeroThenAProblemNamesIt() throws Exception {
        mvc.perform(post(SUPERMARKET + "/redemptions").with(inBaisha("clerk-1", "points-clerk").jwt())
                        .contentType("application/json").content("{\"householdId\":\"hh-1\",\"itemId\":\"i-1\",\"quantity\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        verifyNoInteractions(supermarket);
    }
}
