package org.villagegov.points.eventaward;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.villagegov.platform.messaging.EventEnvelope;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.points.PointsTestSupport;
import org.villagegov.points.account.Ledger;
import org.villagegov.points.account.Posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

class EventAwardIntegrationTests extends PointsTestSupport {

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    Ledger ledger;

    private long balance(String household) {
        return TenantContext.call(DAYE, () -> ledger.balance(household));
    }

    private static Message event(String eventId, String type, String payload) {
        String body = """
                {"eventId":"%s","type":"%s","tenant":"daye","occurredAt":"2026-11-24T01:00:00Z","payload":%s}
                """.formatted(eventId, type, payload);
        return MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8)).setContentType("application/json")
                .setMessageId(eventId).setHeader(EventEnvelope.TENANT_HEADER, DAYE).build();
    }

    private static String meeting(String... households) {
        return """
                {"meetingId":"m-1","matterId":"mt-1","townshipId":"%s","villageId":"%s","householdIds":["%s"],"heldOn":"2026-11-23"}
                """.formatted(TOWNSHIP, VILLAGE, String.join("\",\"", households));
    }

    @Test
    void whenMeetingAttendedIsDeliveredTwiceThenEachHouseholdIsCreditedOnce() {
        String a = household();
        String b = household();
        Message message = event(UUID.randomUUID().toString(), "meeting.attended", meeting(a, b));
        rabbit.send("council.events", "meeting.attended", message);
        rabbit.send("council.events", "meeting.attended", message);

        await().atMost(Duration.ofSeconds(15)).until(() -> balance(a) == 2 && balance(b) == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> balance(a) == 2 && balance(b) == 2);
    }

    @Test
    void whenRedeliveredAfterACrashMidwayThenOnlyTheMissingHouseholdsAreCredited() {
        String a = household();
        String b = household();
        String eventId = UUID.randomUUID().toString();
        // a previous attempt credited a, then the instance died before b and before the processed-marker
        TenantContext.run(DAYE, () -> ledger.post(new Posting("event:" + eventId + ":" + a, a, TOWNSHIP, VILLAGE, null, 2,
                Posting.Source.EVENT, "meeting-attendance", 1, "m-1", "meeting.attended", "event:" + eventId)));

        rabbit.send("council.events", "meeting.attended", event(eventId, "meeting.attended", meeting(a, b)));

        await().atMost(Duration.ofSeconds(15)).until(() -> balance(b) == 2);
        assertThat(balance(a)).isEqualTo(2);
    }

    @Test
    void whenCaseIsResolvedByAgreementThenReconcilingHouseholdsEarnPointsAndFailuresNothing() {
        String a = household();
        String b = household();
        String agreed = """
                {"caseId":"c-1","outcome":"AGREEMENT","reconcilingHouseholdIds":["%s"],"townshipId":"%s","villageId":"%s","resolvedOn":"2026-11-23"}
                """.formatted(a, TOWNSHIP, VILLAGE);
        String failed = agreed.replace("AGREEMENT", "FAILED").replace(a, b);
        rabbit.send("mediation.events", "case.resolved", event(UUID.randomUUID().toString(), "case.resolved", failed));
        rabbit.send("mediation.events", "case.resolved", event(UUID.randomUUID().toString(), "case.resolved", agreed));

        await().atMost(Duration.ofSeconds(15)).until(() -> balance(a) == 5);
        assertThat(balance(b)).isZero();
    }

    @Test
    void whenCountyMapsVisitsToARuleThenVisitsEarnPoints() throws Exception {
        mvc.perform(put("/api/v1/points/event-rules/visit.logged").header("Authorization", countyAdmin())
                        .contentType("application/json").content("{\"ruleCode\":\"visit-received\",\"enabled\":true}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/points/event-rules").header("Authorization", cadre()))
                .andExpect(jsonPath("$[?(@.eventType == 'visit.logged')].enabled").value(true));
        String a = household();
        rabbit.send("grid.events", "visit.logged", event(UUID.randomUUID().toString(), "visit.logged", """
                {"visitId":"vis-1","householdId":"%s","memberId":"pm-1","townshipId":"%s","villageId":"%s","visitedOn":"2026-11-23"}
                """.formatted(a, TOWNSHIP, VILLAGE)));

        await().atMost(Duration.ofSeconds(15)).until(() -> balance(a) == 1);

        mvc.perform(put("/api/v1/points/event-rules/visit.logged").header("Authorization", countyAdmin())
                        .contentType("application/json").content("{\"ruleCode\":null,\"enabled\":false}"))
                .andExpect(status().isOk());
    }

    @Test
    void whenEventAwardsReachTheMonthlyCapThenFurtherOnesAreRecordedAsCappedAndProcessedOnce() throws Exception {
        postJson("/api/v1/points/rules", countyAdmin(), """
                {"code":"meeting-capped","behaviour":"Meetings, at most twice a month","category":"PARTICIPATION","points":3,
                 "evidenceRequired":false,"capPerMonth":2}
                """);
        mvc.perform(put("/api/v1/points/event-rules/meeting.attended").header("Authorization", countyAdmin())
                        .contentType("application/json").content("{\"ruleCode\":\"meeting-capped\",\"enabled\":true}"))
                .andExpect(status().isOk());
        try {
            String a = household();
            String third = UUID.randomUUID().toString();
            for (String eventId : java.util.List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), third)) {
                rabbit.send("council.events", "meeting.attended", event(eventId, "meeting.attended", meeting(a)));
                await().atMost(Duration.ofSeconds(15)).until(() -> processed(eventId));
            }
            rabbit.send("council.events", "meeting.attended", event(third, "meeting.attended", meeting(a)));

            await().atMost(Duration.ofSeconds(15)).until(() -> capped(a) == 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> balance(a) == 6 && capped(a) == 1);
        } finally {
            mvc.perform(put("/api/v1/points/event-rules/meeting.attended").header("Authorization", countyAdmin())
                            .contentType("application/json").content("{\"ruleCode\":\"meeting-attendance\",\"enabled\":true}"))
                    .andExpect(status().isOk());
        }
    }

    private long capped(String household) {
        return TenantContext.call(DAYE, () -> mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("householdId").is(household)), "capped_events"));
    }

    /** The event credited the household or was recorded as capped. */
    private boolean processed(String eventId) {
        return TenantContext.call(DAYE, () -> mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("sourceId").is("m-1")
                                .and("by").is("event:" + eventId).and("state").is("APPLIED")), "passbook_entries")
                || mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("eventId").is(eventId)), "capped_events"));
    }

    @Test
    void whenMappingNamesAnUnknownRuleOrEventTypeThenRefused() throws Exception {
        mvc.perform(put("/api/v1/points/event-rules/visit.logged").header("Authorization", countyAdmin())
                        .contentType("application/json").content("{\"ruleCode\":\"no-such\",\"enabled\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ruleCode"));
        mvc.perform(put("/api/v1/points/event-rules/party.happened").header("Authorization", countyAdmin())
                        .contentType("application/json").content("{\"ruleCode\":\"volunteering\",\"enabled\":true}"))
                .andExpect(status().isNotFound());
    }
}
