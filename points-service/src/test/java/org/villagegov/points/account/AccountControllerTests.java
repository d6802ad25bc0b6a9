package org.villagegov.points.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** The passbook routes' binding, roles and answers, with the feature service mocked (no database). */
@WebMvcTest(AccountController.class)
class AccountControllerTests {

    static final String ACCOUNTS = "/api/v1/points/accounts";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Passbooks passbooks;

    static TestTokens inBaisha(String subject, String role) {
        return TestTokens.forTenant(DAYE).subject(subject).roles(role).township("t-jinhu").village("v-baisha");
    }

    @Test
    void whenAVillagerReadsTheirPassbookThenTheLedgerComesNewestFirstPaged() throws Exception {
        // the service hands out the asked page (newest first, by the database) and the total
        given(passbooks.mine(any(), any())).willReturn(new Passbooks.Statement(AccountTests.account("villager-1", 3),
                new PageImpl<>(List.of(AccountTests.entry("new", 2, AccountTests.MONDAY.plusSeconds(60))),
                        PageRequest.of(0, 1), 2)));

        mvc.perform(get(ACCOUNTS + "/mine").param("size", "1").with(inBaisha("villager-1", "villager").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.householdId").value("hh-1"))
                .andExpect(jsonPath("$.balance").value(3))
                .andExpect(jsonPath("$.entries.items[0].id").value("new"))
                .andExpect(jsonPath("$.entries.totalItems").value(2))
                .andExpect(jsonPath("$.entries.totalPages").value(2));
    }

    @Test
    void whenTheCountyChecksItsPassbooksThenTheTotalsComeBack() throws Exception {
        given(passbooks.check()).willReturn(new AccountQueries.LedgerCheck(2, false, List.of("hh-9"), 10, 12));

        mvc.perform(get(ACCOUNTS + "/check").with(TestTokens.forTenant(DAYE).roles("county-admin").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consistent").value(false))
                .andExpect(jsonPath("$.mismatched[0]").value("hh-9"))
                .andExpect(jsonPath("$.ledgerTotal").value(12));
    }

    @Test
    void whenAGridWorkerLinksAHolderThenForbidden() throws Exception {
        mvc.perform(put(ACCOUNTS + "/hh-1/holder").with(inBaisha("grid-worker-1", "grid-worker").jwt())
                        .contentType("application/json").content("{\"subject\":\"villager-1\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(passbooks);
    }

    @Test
    void whenTheHolderIsBlankThenAProblemNamesTheSubject() throws Exception {
        mvc.perform(put(ACCOUNTS + "/hh-1/holder").with(inBaisha("cadre-1", "village-cadre").jwt())
                        .contentType("application/json").content("{\"subject\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
        verifyNoInteractions(passbooks);
    }

    @Test
    void whenAStaffMemberReadsAPassbookThenTheServiceDecidesWhoMay() throws Exception {
        given(passbooks.visible(eq("hh-1"), any(), any())).willReturn(
                new Passbooks.Statement(AccountTests.account(null, 0), Page.empty(PageRequest.of(0, 20))));

        mvc.perform(get(ACCOUNTS + "/hh-1").with(inBaisha("clerk-1", "points-clerk").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.items").isEmpty());
    }
}
