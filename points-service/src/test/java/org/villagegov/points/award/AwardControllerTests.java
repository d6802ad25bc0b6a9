package org.villagegov.points.award;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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

/** The award routes' binding, roles and answers, with the feature service mocked (no database). */
@WebMvcTest(AwardController.class)
class AwardControllerTests {

    static final String AWARDS = "/api/v1/points/awards";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AwardService service;

    static TestTokens inBaisha(String subject, String role) {
        return TestTokens.forTenant(DAYE).subject(subject).roles(role).township("t-jinhu").village("v-baisha");
    }

    @Test
    void whenAGridWorkerProposesThenTheAwardComesBackProposed() throws Exception {
        given(service.propose(eq("hh-1"), eq("volunteering"), eq("cleaned the river"), eq(LocalDate.of(2026, 11, 20)), any()))
                .willReturn(AwardTests.proposed());

        mvc.perform(post(AWARDS).with(inBaisha("grid-worker-1", "grid-worker").jwt()).contentType("application/json")
                        .content("""
                                {"householdId":"hh-1","ruleCode":"volunteering","evidence":"cleaned the river","occurredOn":"2026-11-20"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("a-1"))
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.occurredOn").value("2026-11-20"))
                .andExpect(jsonPath("$.objections").isEmpty());
    }

    @Test
    void whenAnAwardWasObjectedToThenTheObjectionsShowWhoWhyAndWhen() throws Exception {
        Award award = AwardTests.proposed();
        award.approve("cadre-1", AwardTests.NOW, AwardTests.NOTICE);
        award.object("villager-1", "they did not help", AwardTests.NOW);
        given(service.visible(eq("a-1"), any())).willReturn(award);

        mvc.perform(get(AWARDS + "/a-1").with(inBaisha("cadre-1", "village-cadre").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.objections[0].by").value("villager-1"))
                .andExpect(jsonPath("$.objections[0].reason").value("they did not help"))
                .andExpect(jsonPath("$.objections[0].at").value("2026-11-24T02:00:00Z"));
    }

    @Test
    void whenTheBoardIsReadThenAPageOfItemsWithoutOfficialsComesBack() throws Exception {
        Award award = AwardTests.proposed();
        award.approve("cadre-1", AwardTests.NOW, AwardTests.NOTICE);
        given(service.board(any(), any(), any())).willReturn(new PageImpl<>(List.of(award), PageRequest.of(0, 2), 3));

        mvc.perform(get(AWARDS + "/board").param("size", "2").with(inBaisha("villager-1", "villager").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].awardId").value("a-1"))
                .andExpect(jsonPath("$.items[0].approvedBy").doesNotExist())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void whenAVillagerProposesThenForbiddenAndNothingIsAsked() throws Exception {
        mvc.perform(post(AWARDS).with(inBaisha("villager-1", "villager").jwt()).contentType("application/json")
                        .content("{\"householdId\":\"hh-1\",\"ruleCode\":\"volunteering\",\"occurredOn\":\"2026-11-20\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(service);
    }

    @Test
    void whenTheDayOfTheDeedIsMissingThenAProblemNamesIt() throws Exception {
        mvc.perform(post(AWARDS).with(inBaisha("grid-worker-1", "grid-worker").jwt()).contentType("application/json")
                        .content("{\"householdId\":\"hh-1\",\"ruleCode\":\"volunteering\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
        verifyNoInteractions(service);
    }

    @Test
    void whenAListAsksForTooLargeAPageThenAProblemNamesTheSize() throws Exception {
        mvc.perform(get(AWARDS).param("size", "201").with(inBaisha("cadre-1", "village-cadre").jwt()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        verifyNoInteractions(service);
    }
}
