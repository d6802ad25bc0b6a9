package org.villagegov.council.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.villagegov.platform.indicator.Counter;
import org.villagegov.platform.indicator.VillageHistory;

import static org.assertj.core.api.Assertions.assertThat;

/** history() on hand-made documents: which counter moves on which day, by how much. */
class CouncilIndicatorsTests {

    static final LocalDate D = LocalDate.parse("2026-10-01");
    final CouncilIndicators indicators = new CouncilIndicators(null);

    static CouncilIndicators.Records records(List<Document> suggestions, List<Document> matters, List<Document> elections,
                                             List<Document> notices) {
        return new CouncilIndicators.Records(suggestions, matters, elections, notices);
    }

    /** The change of one counter on one day (0 when none). */
    static long change(VillageHistory history, LocalDate day, String counter) {
        return history.changes().getOrDefault(day, Map.of()).getOrDefault(counter, 0L);
    }

    /** A stock as of a day: every change up to it. */
    static long asOf(VillageHistory history, LocalDate day, String counter) {
        return history.changes().entrySet().stream().filter(e -> !e.getKey().isAfter(day))
                .mapToLong(e -> e.getValue().getOrDefault(counter, 0L)).sum();
    }

    static Date at(LocalDate day) {
        // 10:00 in county time (UTC+8)
        return Date.from(Instant.parse(day + "T02:00:00Z"));
    }

    @Test
    void whenSuggestionsAreSolvedAssignedAnsweredLateOrFoundNotFeasibleThenFlowsFallOnTheirDaysAndOverdueHolds() {
        Document onSpot = new Document("townshipId", "t-1").append("status", "SOLVED_ON_SPOT").append("raisedOn", D)
                .append("resolvedOn", D.plusDays(1)).append("onTime", true);
        Document answeredLate = new Document("status", "ANSWERED").append("raisedOn", D).append("assignedOn", D.plusDays(2))
                .append("deadline", D.plusDays(5)).append("resolvedOn", D.plusDays(9)).append("onTime", false);
        Document stillAssigned = new Document("status", "ASSIGNED").append("raisedOn", D).append("deadline", D.plusDays(3));
        Document notFeasibleAfterAssignment = new Document("status", "NOT_FEASIBLE").append("raisedOn", D)
                .append("assignedOn", D.plusDays(1)).append("deadline", D.plusDays(2)).append("resolvedOn", D.plusDays(4));

        VillageHistory history = indicators.history("v-1", records(
                List.of(onSpot, answeredLate, stillAssigned, notFeasibleAfterAssignment), List.of(), List.of(), List.of()));

        assertThat(history.townshipId()).isEqualTo("t-1");
        assertThat(change(history, D, CouncilIndicators.SUGGESTIONS_RAISED)).isEqualTo(4);
        assertThat(change(history, D.plusDays(1), CouncilIndicators.SOLVED_ON_SPOT)).isEqualTo(1);
        assertThat(change(history, D.plusDays(1), CouncilIndicators.SOLVED_ON_TIME)).isEqualTo(1);
        assertThat(change(history, D.plusDays(9), CouncilIndicators.SOLVED_ON_TIME)).as("answered late").isZero();
        assertThat(change(history, D.plusDays(9), CouncilIndicators.ANSWERED)).isEqualTo(1);
        assertThat(change(history, D.plusDays(2), CouncilIndicators.ASSIGNED)).isEqualTo(1);
        assertThat(change(history, D, CouncilIndicators.ASSIGNED)).as("assigned before the day was kept: raised day").isEqualTo(1);
        assertThat(change(history, D.plusDays(1), CouncilIndicators.ASSIGNED))
                .as("found not feasible: not counted as assigned, as in the county report").isZero();
        assertThat(change(history, D.plusDays(4), CouncilIndicators.NOT_FEASIBLE)).isEqualTo(1);
        // overdue: the still-assigned one from deadline + 1 on; the late answer from deadline + 1 until answered;
        // the not-feasible one from its deadline + 1 until it was closed
        assertThat(asOf(history, D.plusDays(3), CouncilIndicators.SUGGESTIONS_OVERDUE)).isEqualTo(1);
        assertThat(asOf(history, D.plusDays(4), CouncilIndicators.SUGGESTIONS_OVERDUE)).isEqualTo(1);
        assertThat(asOf(history, D.plusDays(6), CouncilIndicators.SUGGESTIONS_OVERDUE)).isEqualTo(2);
        assertThat(asOf(history, D.plusDays(9), CouncilIndicators.SUGGESTIONS_OVERDUE)).isEqualTo(1);
        assertThat(asOf(history, D.plusYears(1), CouncilIndicators.SUGGESTIONS_OVERDUE)).isEqualTo(1);
    }

    static Document step(String stage, LocalDate heldOn, boolean passed) {
        return new Document("stage", stage).append("heldOn", heldOn).append("passed", passed);
    }

    @Test
    void whenAMatterTakesItsStepsThenItMovesFromStageStockToStageStockOnEachStepsDay() {
        Document completed = new Document("townshipId", "t-1").append("status", "COMPLETED").append("steps", List.of(
                step("PROPOSAL", D, true), step("TWO_COMMITTEES", D.plusDays(2), true),
                step("PARTY_MEMBERS", D.plusDays(4), true), step("REPRESENTATIVES", D.plusDays(6), true),
                step("RESOLUTION_PUBLISHED", D.plusDays(20), true), step("RESULT_PUBLISHED", D.plusDays(40), true)));
        Document votedDown = new Document("status", "REJECTED").append("rejectedOn", D.plusDays(3)).append("steps", List.of(
                step("PROPOSAL", D, true), step("TWO_COMMITTEES", D.plusDays(3), false)));
        Document rejectedBeforeTheDayWasKept = new Document("status", "REJECTED").append("steps", List.of(
                step("PROPOSAL", D.plusDays(1), true)));

        VillageHistory history = indicators.history("v-1", records(List.of(),
                List.of(completed, votedDown, rejectedBeforeTheDayWasKept), List.of(), List.of()));

        assertThat(change(history, D, CouncilIndicators.MATTERS_PROPOSED)).isEqualTo(2);
        assertThat(asOf(history, D, CouncilIndicators.AT_PROPOSAL)).isEqualTo(2);
        assertThat(asOf(history, D.plusDays(1), CouncilIndicators.AT_PROPOSAL))
                .as("the third was rejected the day it was proposed: never waiting").isEqualTo(2);
        assertThat(asOf(history, D.plusDays(2), CouncilIndicators.AT_PROPOSAL)).isEqualTo(1);
        assertThat(asOf(history, D.plusDays(2), CouncilIndicators.AT_TWO_COMMITTEES)).isEqualTo(1);
        assertThat(asOf(history, D.plusDays(3), CouncilIndicators.AT_PROPOSAL)).as("voted down at the two committees").isZero();
        assertThat(asOf(history, D.plusDays(3), CouncilIndicators.AT_TWO_COMMITTEES)).isEqualTo(1);
        assertThat(asOf(history, D.plusDays(5), CouncilIndicators.AT_PARTY_MEMBERS)).isEqualTo(1);
        assertThat(asOf(history, D.plusDays(6), CouncilIndicators.AT_PARTY_MEMBERS)).isZero();
        assertThat(asOf(history, D.plusDays(6), CouncilIndicators.AWAITING_RESOLUTION)).isEqualTo(1);
        assertThat(change(history, D.plusDays(6), CouncilIndicators.ADOPTED)).isEqualTo(1);
        assertThat(change(history, D.plusDays(3), CouncilIndicators.REJECTED)).isEqualTo(1);
        assertThat(change(history, D.plusDays(1), CouncilIndicators.REJECTED)).as("the last step's day stands in").isEqualTo(1);
        // adopted on day 6, resolution due 7 days later, published on day 20: overdue from day 14 to day 19
        assertThat(asOf(history, D.plusDays(13), CouncilIndicators.RESOLUTIONS_OVERDUE)).isZero();
        assertThat(asOf(history, D.plusDays(14), CouncilIndicators.RESOLUTIONS_OVERDUE)).isEqualTo(1);
        assertThat(asOf(history, D.plusDays(20), CouncilIndicators.RESOLUTIONS_OVERDUE)).isZero();
        assertThat(asOf(history, D.plusDays(20), CouncilIndicators.AWAITING_RESOLUTION)).isZero();
        assertThat(asOf(history, D.plusDays(39), CouncilIndicators.AWAITING_RESULT)).isEqualTo(1);
        assertThat(asOf(history, D.plusDays(40), CouncilIndicators.AWAITING_RESULT)).isZero();
        assertThat(change(history, D.plusDays(40), CouncilIndicators.COMPLETED)).isEqualTo(1);
    }

    static Document election(String id, String council, String status, LocalDate closedOn, long ballots, long households) {
        return new Document("_id", id).append("councilId", council).append("status", status)
                .append("closedAt", closedOn == null ? null : at(closedOn)).append("ballotsCast", ballots)
                .append("householdCount", households);
    }

    @Test
    void whenANaturalVillageElectsAgainThenItsLastElectionsBallotsAndHouseholdsReplaceTheFormer() {
        List<Document> elections = List.of(
                election("e-2", "c-1", "CLOSED", D.plusDays(30), 90, 100),
                election("e-1", "c-1", "CLOSED", D, 60, 80),
                election("e-3", "c-2", "CLOSED", D.plusDays(10), 20, 40),
                election("e-4", "c-2", "OPEN", null, 0, 0));

        VillageHistory history = indicators.history("v-1", records(List.of(), List.of(), elections, List.of()));

        assertThat(asOf(history, D.minusDays(1), CouncilIndicators.LAST_ELECTION_BALLOTS)).isZero();
        assertThat(asOf(history, D, CouncilIndicators.LAST_ELECTION_BALLOTS)).isEqualTo(60);
        assertThat(asOf(history, D.plusDays(10), CouncilIndicators.LAST_ELECTION_BALLOTS)).isEqualTo(80);
        assertThat(asOf(history, D.plusDays(10), CouncilIndicators.LAST_ELECTION_HOUSEHOLDS)).isEqualTo(120);
        assertThat(asOf(history, D.plusDays(30), CouncilIndicators.LAST_ELECTION_BALLOTS)).isEqualTo(110);
        assertThat(asOf(history, D.plusDays(30), CouncilIndicators.LAST_ELECTION_HOUSEHOLDS)).isEqualTo(140);
        assertThat(change(history, D.plusDays(30), CouncilIndicators.ELECTIONS_COMPLETED)).isEqualTo(1);
        assertThat(history.changes().values().stream().mapToLong(c -> c.getOrDefault(CouncilIndicators.ELECTIONS_COMPLETED, 0L))
                .sum()).as("the open election counts nothing").isEqualTo(3);
    }

    @Test
    void whenNoticesArePostedAndWithdrawnThenTheyArePublishedOnThePostingDayAndOnTheBoardWithinTheirWindow() {
        Document backdated = new Document("townshipId", "t-1").append("publishFrom", D.minusDays(5))
                .append("publishUntil", D.plusDays(3)).append("postedAt", at(D));
        Document scheduled = new Document("publishFrom", D.plusDays(2)).append("publishUntil", D.plusDays(9))
                .append("postedAt", at(D)).append("withdrawnAt", at(D.plusDays(5)));

        VillageHistory history = indicators.history("v-1", records(List.of(), List.of(), List.of(),
                List.of(backdated, scheduled)));

        assertThat(change(history, D, CouncilIndicators.NOTICES_PUBLISHED)).isEqualTo(2);
        assertThat(change(history, D.plusDays(5), CouncilIndicators.NOTICES_WITHDRAWN)).isEqualTo(1);
        assertThat(asOf(history, D.minusDays(1), CouncilIndicators.NOTICES_ON_BOARD)).as("not in the system yet").isZero();
        assertThat(asOf(history, D, CouncilIndicators.NOTICES_ON_BOARD)).isEqualTo(1);
        assertThat(asOf(history, D.plusDays(2), CouncilIndicators.NOTICES_ON_BOARD)).isEqualTo(2);
        assertThat(asOf(history, D.plusDays(4), CouncilIndicators.NOTICES_ON_BOARD)).as("the first one's window is over").isEqualTo(1);
        assertThat(asOf(history, D.plusDays(5), CouncilIndicators.NOTICES_ON_BOARD)).as("withdrawn").isZero();
    }

    @Test
    void whenEveryCounterAHistoryMovesIsReadThenItIsOneTheServiceDeclares() {
        List<String> declared = indicators.counters().stream().map(Counter::name).toList();
        VillageHistory history = indicators.history("v-1", records(
                List.of(new Document("status", "ASSIGNED").append("raisedOn", D).append("deadline", D.plusDays(1))),
                List.of(new Document("status", "IN_PROGRESS").append("steps", List.of(step("PROPOSAL", D, true)))),
                List.of(election("e-1", "c-1", "CLOSED", D, 1, 2)),
                List.of(new Document("publishFrom", D).append("publishUntil", D).append("postedAt", at(D)))));
        history.changes().values().forEach(changes -> assertThat(declared).containsAll(changes.keySet()));
        assertThat(indicators.indicators()).extracting(i -> i.key()).doesNotHaveDuplicates();
        assertThat(history.townshipId()).as("no record names a township").isNull();
    }
}
