package org.villagegov.mediation.dispute;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.mediation.MediationTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CaseLifecycleIntegrationTests extends MediationTestSupport {

    private static final String CASES = "/api/v1/mediation/cases/";

    @Test
    void whenMediationEndsInAnAgreementThenResolvedFollowedUpConfirmedClosedAndRated() throws Exception {
        JsonNode c = caseInMediation();
        String id = c.get("id").asString();
        assertThat(c.get("status").asString()).isEqualTo("IN_MEDIATION");
        assertThat(c.get("resolutionDeadline").asString()).isEqualTo(today().plusDays(30).toString());

        session(id);
        JsonNode agreed = agree(c);
        assertThat(agreed.get("status").asString()).isEqualTo("AGREED");
        assertThat(agreed.get("agreement").get("signatures")).hasSize(2);
        assertThat(agreed.get("followUpDue").asString()).isEqualTo(today().plusDays(30).toString());
        List<Document> resolved = outbox(id, "case.resolved");
        assertThat(resolved).hasSize(1);
        JsonNode payload = json(resolved.getFirst().getString("payload"));
        assertThat(payload.get("outcome").asString()).isEqualTo("AGREEMENT");
        assertThat(payload.get("reconcilingHouseholdIds")).hasSize(2);
        assertThat(payload.get("resolvedOn").asString()).isEqualTo(today().toString());
        assertThat(payload.get("townshipId").asString()).isEqualTo(TOWNSHIP);

        postJson(CASES + id + "/judicial-confirmation", cadre(), "{\"court\":\"Daye People's Court\"}");
        JsonNode confirmed = postJson(CASES + id + "/judicial-confirmation/answer", cadre(),
                "{\"confirmed\":true,\"answeredOn\":\"" + today() + "\"}");
        assertThat(confirmed.get("judicialConfirmation").get("status").asString()).isEqualTo("CONFIRMED");

        postJson(CASES + id + "/follow-up", cadre(), "{\"honoured\":true,\"notes\":\"the wall was moved\"}");
        JsonNode closed = postJson(CASES + id + "/close", cadre(), "{\"notes\":\"done\"}");
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").asString()).isEqualTo("AGREEMENT_HONOURED");
        JsonNode closedEvent = json(outbox(id, "case.closed").getFirst().getString("payload"));
        assertThat(closedEvent.get("outcome").asString()).isEqualTo("AGREEMENT_HONOURED");
        assertThat(closedEvent.get("householdIds")).hasSize(2);
        assertThat(closedEvent.get("closedOn").asString()).isEqualTo(today().toString());

        postJson(CASES + id + "/ratings", cadre(), "{\"partyId\":\"p1\",\"score\":5}");
        postJson(CASES + id + "/ratings", cadre(), "{\"partyId\":\"p2\",\"score\":3,\"comment\":\"slow\"}");
        Document before = stored(id);
        MockHttpServletResponse again = call("POST", CASES + id + "/ratings", cadre(), "{\"partyId\":\"p1\",\"score\":1}");
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void whenMediationFailsThenItEscalatesLevelByLevelAndIsReferredAtTheCounty() throws Exception {
        JsonNode c = caseInMediation();
        String id = c.get("id").asString();
        postJson(CASES + id + "/failure", cadre(), "{\"reason\":\"the parties will not meet\"}");
        JsonNode up = postJson(CASES + id + "/escalation", cadre(), "{\"reason\":\"failed at the village\"}");
        assertThat(up.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(up.get("status").asString()).isEqualTo("OPEN");
        assertThat(up.get("mediatorId").isNull()).isTrue();
        JsonNode escalated = json(outbox(id, "case.escalated").getFirst().getString("payload"));
        assertThat(escalated.get("fromLevel").asString()).isEqualTo("VILLAGE");
        assertThat(escalated.get("toLevel").asString()).isEqualTo("TOWNSHIP");
        assertThat(escalated.get("reason").asString()).isEqualTo("failed at the village");

        // the township officer escalates straight on to the county (too big for the township)
        JsonNode county = postJson(CASES + id + "/escalation", townshipOfficer(), "{\"reason\":\"needs the county hall\"}");
        assertThat(county.get("level").asString()).isEqualTo("COUNTY");
        Document before = stored(id);
        MockHttpServletResponse above = call("POST", CASES + id + "/escalation", countyAdmin(), "{\"reason\":\"more\"}");
        assertThat(above.getStatus()).isEqualTo(409);
        assertThat(stored(id)).isEqualTo(before);

        JsonNode m = mediator("COUNTY", null, null, "NEIGHBOURHOOD");
        postJson(CASES + id + "/assignment", countyAdmin(), "{\"mediatorId\":\"" + m.get("id").asString() + "\",\"overrideReason\":\"x\"}");
        postJson(CASES + id + "/accept", countyAdmin(), "");
        postJson(CASES + id + "/failure", countyAdmin(), "{\"reason\":\"no agreement possible\"}");
        JsonNode referred = postJson(CASES + id + "/referral", countyAdmin(), "{\"forum\":\"LITIGATION\",\"notes\":\"to court\"}");
        assertThat(referred.get("status").asString()).isEqualTo("CLOSED");
        assertThat(referred.get("outcome").asString()).isEqualTo("REFERRED_LITIGATION");
        assertThat(json(outbox(id, "case.closed").getFirst().getString("payload")).get("outcome").asString())
                .isEqualTo("REFERRED_LITIGATION");
        assertThat(outbox(id, "case.resolved")).isEmpty();
    }

    @Test
    void whenCourtRefusesThenTheReasonIsRecordedAndARefusalWithoutReasonIsRefused() throws Exception {
        JsonNode c = caseInMediation();
        String id = c.get("id").asString();
        session(id);
        agree(c);
        postJson(CASES + id + "/judicial-confirmation", cadre(), "{\"court\":\"Daye People's Court\"}");
        MockHttpServletResponse noReason = call("POST", CASES + id + "/judicial-confirmation/answer", cadre(),
                "{\"confirmed\":false,\"answeredOn\":\"" + today() + "\"}");
        assertThat(noReason.getStatus()).isEqualTo(422);
        JsonNode refused = postJson(CASES + id + "/judicial-confirmation/answer", cadre(),
                "{\"confirmed\":false,\"reason\":\"terms against public order\",\"answeredOn\":\"" + today() + "\"}");
        assertThat(refused.get("judicialConfirmation").get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("judicialConfirmation").get("reason").asString()).isEqualTo("terms against public order");
    }

    @Test
    void whenAFailedCaseIsClosedThenTheOutcomeIsFailedAndTheGridIsToldToFollowUp() throws Exception {
        JsonNode c = caseInMediation();
        String id = c.get("id").asString();
        postJson(CASES + id + "/failure", cadre(), "{\"reason\":\"no way\"}");
        JsonNode closed = postJson(CASES + id + "/close", cadre(), "{}");
        assertThat(closed.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(outbox(id, "case.closed")).hasSize(1);
    }

    record Illegal(String what, String setUp, String path, String body, int status) {
        @Override
        public String toString() {
            return what;
        }
    }

    static List<Illegal> illegalTransitions() {
        return List.of(
                new Illegal("agreement on an unaccepted case", "open", "/agreement",
                        "{\"terms\":\"t\",\"signatures\":[{\"partyId\":\"p1\",\"signedOn\":\"2026-11-24\"}]}", 409),
                new Illegal("accepting without a mediator", "open", "/accept", "", 409),
                new Illegal("closing an open case without outcome", "open", "/close", "{}", 409),
                new Illegal("a session before acceptance", "open", "/sessions",
                        "{\"heldOn\":\"2026-11-24\",\"attendees\":[\"a\"],\"notes\":\"n\"}", 409),
                new Illegal("rating an open case", "open", "/ratings", "{\"partyId\":\"p1\",\"score\":4}", 409),
                new Illegal("judicial confirmation without agreement", "open", "/judicial-confirmation", "{\"court\":\"c\"}", 409),
                new Illegal("a court answer without request", "open", "/judicial-confirmation/answer",
                        "{\"confirmed\":true,\"answeredOn\":\"2026-11-24\"}", 409),
                new Illegal("referral of a case in mediation", "accepted", "/referral", "{\"forum\":\"ARBITRATION\"}", 409),
                new Illegal("follow-up of a case in mediation", "accepted", "/follow-up", "{\"honoured\":true,\"notes\":\"n\"}", 409),
                new Illegal("closing a case in mediation", "accepted", "/close", "{}", 409),
                new Illegal("agreement without a session", "accepted", "/agreement",
                        "{\"terms\":\"t\",\"signatures\":[{\"partyId\":\"p1\",\"signedOn\":\"2026-11-24\"},{\"partyId\":\"p2\",\"signedOn\":\"2026-11-24\"}]}", 409),
                new Illegal("accepting twice", "accepted", "/accept", "", 409),
                new Illegal("a session in the future", "accepted", "/sessions",
                        "{\"heldOn\":\"FUTURE\",\"attendees\":[\"a\"],\"notes\":\"n\"}", 422),
                new Illegal("an agreement one party did not sign", "session", "/agreement",
                        "{\"terms\":\"t\",\"signatures\":[{\"partyId\":\"p1\",\"signedOn\":\"2026-11-24\"}]}", 422),
                new Illegal("an agreement signed by a stranger", "session", "/agreement",
                        "{\"terms\":\"t\",\"signatures\":[{\"partyId\":\"p1\",\"signedOn\":\"2026-11-24\"},{\"partyId\":\"p2\",\"signedOn\":\"2026-11-24\"},{\"partyId\":\"p9\",\"signedOn\":\"2026-11-24\"}]}", 422),
                new Illegal("closing an agreement before its follow-up", "agreed", "/close", "{}", 409),
                new Illegal("failing an agreed case", "agreed", "/failure", "{\"reason\":\"r\"}", 409),
                new Illegal("escalating an agreed case", "agreed", "/escalation", "{\"reason\":\"r\"}", 409),
                new Illegal("rating as an unknown party", "agreed", "/ratings", "{\"partyId\":\"p7\",\"score\":4}", 422),
                new Illegal("re-classifying an accepted case", "accepted", "/classification", "{\"category\":\"LAND\",\"amount\":1}", 409),
                new Illegal("clearing a risk flag never set", "open", "/risk", null, 409));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("illegalTransitions")
    void whenTransitionIsIllegalThenRefusedAsProblemAndNothingStored(Illegal illegal) throws Exception {
        String id = switch (illegal.setUp()) {
            case "open" -> openCase("NEIGHBOURHOOD", 100).get("id").asString();
            case "accepted" -> caseInMediation().get("id").asString();
            case "session" -> {
                String accepted = caseInMediation().get("id").asString();
                session(accepted);
                yield accepted;
            }
            default -> {
                JsonNode c = caseInMediation();
                session(c.get("id").asString());
                agree(c);
                yield c.get("id").asString();
            }
        };
        Document before = stored(id);
        // signature dates are in the past relative to the test clock, which only moves forward
        String body = illegal.body() == null ? null : illegal.body().replace("2026-11-24", today().toString())
                .replace("FUTURE", today().plusDays(10).toString());
        String method = illegal.path().equals("/risk") ? "DELETE" : "POST";

        MockHttpServletResponse response = call(method, CASES + id + illegal.path(), cadre(), body);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(illegal.status());
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void whenACaseIsFlaggedThenItIsInTheRiskRegisterUntilClearedOrClosed() throws Exception {
        // a land dispute starts at the township: the township officer flags and clears it
        String id = openCase("LAND", 100).get("id").asString();
        assertThat(call("PUT", CASES + id + "/risk", townshipOfficer(), "{\"kind\":\"VIOLENCE\",\"reason\":\"threats\"}").getStatus()).isEqualTo(200);
        JsonNode register = getJson("/api/v1/mediation/risk-register", townshipOfficer());
        assertThat(register.findValuesAsString("id")).contains(id);
        JsonNode elsewhere = getJson("/api/v1/mediation/risk-register", otherTownshipOfficer());
        assertThat(elsewhere.findValuesAsString("id")).doesNotContain(id);

        assertThat(call("DELETE", CASES + id + "/risk", townshipOfficer(), null).getStatus()).isEqualTo(200);
        assertThat(getJson("/api/v1/mediation/risk-register", townshipOfficer()).findValuesAsString("id")).doesNotContain(id);
    }

    @Test
    void whenAVillagerFiledOnlineThenAfterTheAgreementTheyRateAsTheirOwnPartyOnce() throws Exception {
        String villager = villager("villager-rates");
        JsonNode c = postJson("/api/v1/mediation/cases", villager,
                walkIn("DEBT", 200, household(), household()).replace("WALK_IN", "ONLINE"));
        String id = c.get("id").asString();
        assign(id, mediator("VILLAGE", null, VILLAGE, "DEBT").get("id").asString());
        postJson(CASES + id + "/accept", cadre(), "");
        session(id);
        agree(c);

        JsonNode rated = postJson(CASES + id + "/ratings", villager, "{\"partyId\":\"p1\",\"score\":5,\"comment\":\"fair\"}");
        assertThat(rated.get("ratings").get(0).get("by").asString()).isEqualTo("villager-rates");
        assertThat(call("POST", CASES + id + "/ratings", villager, "{\"partyId\":\"p1\",\"score\":2}").getStatus())
                .isEqualTo(409);
        assertThat(call("POST", CASES + id + "/ratings", villager, "{\"partyId\":\"p2\",\"score\":2}").getStatus())
                .isEqualTo(403);
    }

    @Test
    void whenListingThenFiltersAndPagesApplyAndBadParametersAreRefused() throws Exception {
        String id = openCase("CONTRACT", 100).get("id").asString();
        JsonNode page = getJson("/api/v1/mediation/cases?category=CONTRACT&status=OPEN&villageId=" + VILLAGE + "&size=200", cadre());
        assertThat(page.get("items").findValuesAsString("category")).containsOnly("CONTRACT");
        assertThat(page.get("items").findValuesAsString("id")).contains(id);
        JsonNode first = getJson("/api/v1/mediation/cases?size=1", cadre());
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("totalItems").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(call("GET", "/api/v1/mediation/cases?size=0", cadre(), null).getStatus()).isEqualTo(400);
        assertThat(call("GET", "/api/v1/mediation/cases?status=LOST", cadre(), null).getStatus()).isEqualTo(400);
        assertThat(call("GET", "/api/v1/mediation/overdue?level=PROVINCE", cadre(), null).getStatus()).isEqualTo(400);
    }

    @Test
    void whenTheSameAgreementIsRecordedConcurrentlyThenOneWinsAndCaseResolvedIsRaisedOnce() throws Exception {
        JsonNode c = caseInMediation();
        String id = c.get("id").asString();
        session(id);
        String body = "{\"terms\":\"t\",\"signatures\":[{\"partyId\":\"p1\",\"signedOn\":\"%s\"},{\"partyId\":\"p2\",\"signedOn\":\"%s\"}]}"
                .formatted(today(), today());
        List<java.util.concurrent.Callable<Integer>> attempts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            attempts.add(() -> call("POST", CASES + id + "/agreement", cadre(), body).getStatus());
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            for (var status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(outbox(id, "case.resolved")).hasSize(1);
    }

    @Test
    void whenCategoryIsCorrectedBeforeAcceptanceThenTriageRunsAgain() throws Exception {
        String id = openCase("NEIGHBOURHOOD", 100).get("id").asString();
        JsonNode land = postJson(CASES + id + "/classification", cadre(), "{\"category\":\"LAND\",\"amount\":100}");
        assertThat(land.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(land.get("category").asString()).isEqualTo("LAND");
    }
}
