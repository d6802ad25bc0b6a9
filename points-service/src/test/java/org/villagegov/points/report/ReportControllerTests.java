package org.villagegov.points.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.TestTokens;
import org.villagegov.points.account.Movements;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** The report routes' binding, roles and answers, with the feature service mocked (no database). */
@WebMvcTest(ReportController.class)
class ReportControllerTests {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Reports reports;

    @Test
    void whenTheCountyAsksForItsReportThenEveryPointIsExplained() throws Exception {
        Movements period = new Movements(30, 10, 5, 8, 2, true);
        Movements ever = new Movements(100, 20, 5, 30, 2, true);
        given(reports.county(FROM, TO)).willReturn(new Reports.CountyFigures(FROM, TO, period, ever, 4, 6, 57, 1, 2));

        mvc.perform(get("/api/v1/points/report").param("from", "2026-11-01").param("to", "2026-11-30")
                        .with(TestTokens.forTenant(DAYE).roles("county-admin").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pointsIssued").value(30))
                .andExpect(jsonPath("$.pointsCorrected").value(5))
                .andExpect(jsonPath("$.redListed").value(1))
                .andExpect(jsonPath("$.reconciliation.expectedBalance").value(57))
                .andExpect(jsonPath("$.reconciliation.corrections").value(5))
                .andExpect(jsonPath("$.reconciliation.balanced").value(true));
    }

    @Test
    void whenAVillageAsksForItsLeaderboardThenRanksComeBack() throws Exception {
        given(reports.leaderboard(eq("v-baisha"), isNull(), isNull(), isNull(), eq(20), any()))
                .willReturn(new Reports.Ranking("v-baisha", null, FROM, TO, List.of(new Reports.Ranked(1, "hh-1", "g-1", 12))));

        mvc.perform(get("/api/v1/points/leaderboard").param("villageId", "v-baisha")
                        .with(TestTokens.forTenant(DAYE).roles("villager").township("t-jinhu").village("v-baisha").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leaders[0].rank").value(1))
                .andExpect(jsonPath("$.leaders[0].points").value(12));
    }

    @Test
    void whenACadreAsksForTheCountyReportThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/points/report")
                        .with(TestTokens.forTenant(DAYE).roles("village-cadre").township("t-jinhu").village("v-baisha").jwt()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(reports);
    }

    @Test
    void whenADateIsMalformedThenAProblemNamesTheParameter() throws Exception {
        mvc.perform(get("/api/v1/points/report").param("from", "2026-13-45")
                        .with(TestTokens.forTenant(DAYE).roles("county-admin").jwt()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        verifyNoInteractions(reports);
    }
}
