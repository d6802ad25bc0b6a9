package org.villagegov.mediation.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.OutboxEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case's state machine without a database: every transition, and the guards that refuse the others. */
class MediationCaseTests {

    static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final int ACCEPTANCE_DAYS = 3;

    static Party household(String id, String household, String village) {
        return new Party(id, Party.Kind.HOUSEHOLD, household, "t-jinhu", village, "Head " + id, "13800005678", null);
    }

    static MediationCase open(MediationCase.Source source, Level level, Party... parties) {
        return MediationCase.open(new MediationCase.Intake("case-1", source, source == MediationCase.Source.GRID_REPORT
                ? "r-1" : null, null, "t-jinhu", "v-baisha", Category.NEIGHBOURHOOD, "a wall", 500, List.of(parties), level,
                "cadre-1"), TODAY, ACCEPTANCE_DAYS, NOW);
    }

    static MediationCase open() {
        return open(MediationCase.Source.WALK_IN, Level.VILLAGE, household("p1", "hh-1", "v-baisha"),
                household("p2", "hh-2", "v-baisha"));
    }

    static MediationCase inMediation() {
        MediationCase c = open();
        c.assign("m-1", "m-1", null, "cadre-1", NOW);
        c.accept(TODAY, 30, NOW);
        return c;
    }

    static MediationCase agreed() {
        MediationCase c = inMediation();
        c.recordSession(TODAY, List.of("both heads"), "talked", "cadre-1", TODAY);
        c.agree("the wall moves", signaturesOf(c), "cadre-1", TODAY, 30, NOW);
        return c;
    }

    static MediationCase failed() {
        MediationCase c = inMediation();
        c.fail("no agreement", TODAY, 7, NOW);
        return c;
    }

    static List<MediationCase.Signature> signaturesOf(MediationCase c) {
        return c.parties().stream().map(p -> new MediationCase.Signature(p.id(), TODAY)).toList();
    }

    static List<String> events(MediationCase c) {
        return c.outbox().stream().map(OutboxEvent::type).toList();
    }

    // ---- intake and acceptance

    @Test
    void whenACaseIsOpenedThenItWaitsAtItsTriagedLevelForAcceptanceAndRaisesCaseOpened() {
        MediationCase c = open(MediationCase.Source.WALK_IN, Level.TOWNSHIP, household("p1", "hh-1", "v-baisha"));

        assertThat(c.status()).isEqualTo(MediationCase.Status.OPEN);
        assertThat(c.level()).isEqualTo(Level.TOWNSHIP);
        assertThat(c.acceptanceDeadline()).isEqualTo(TODAY.plusDays(ACCEPTANCE_DAYS));
        assertThat(c.openedOn()).isEqualTo(TODAY);
        assertThat(events(c)).containsExactly("case.opened");
    }

    @Test
    void whenAcceptedWithoutAMediatorOrPastTheDeadlineThenRefused() {
        MediationCase c = open();
        assertThatThrownBy(() -> c.accept(TODAY, 30, NOW)).isInstanceOf(ConflictException.class).hasMessageContaining("Assign");

        c.assign("m-1", "m-1", null, "cadre-1", NOW);
        assertThatThrownBy(() -> c.accept(TODAY.plusDays(ACCEPTANCE_DAYS + 1), 30, NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("deadline");
        assertThat(c.status()).isEqualTo(MediationCase.Status.OPEN);
    }

    @Test
    void whenAssignedAndAcceptedInTimeThenInMediationWithAResolutionDeadline() {
        MediationCase c = inMediation();

        assertThat(c.status()).isEqualTo(MediationCase.Status.IN_MEDIATION);
        assertThat(c.acceptedOn()).isEqualTo(TODAY);
        assertThat(c.resolutionDeadline()).isEqualTo(TODAY.plusDays(30));
        assertThat(c.assignments()).singleElement().extracting(MediationCase.Assignment::mediatorId).isEqualTo("m-1");
        assertThatThrownBy(() -> c.accept(TODAY, 30, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenReclassifiedThenTriageRunsAgainDropsTheMediatorOnANewLevelButNeverGoesBelowAnEscalation() {
        MediationCase c = open();
        c.assign("m-1", "m-1", null, "cadre-1", NOW);
        c.reclassify(Category.LAND, 500, Level.TOWNSHIP, NOW);
        assertThat(c.level()).isEqualTo(Level.TOWNSHIP);
        assertThat(c.mediatorId()).isNull();
        assertThat(events(c)).containsExactly("case.opened", "case.retriaged");
        c.reclassify(Category.DEBT, 600, Level.TOWNSHIP, NOW);
        assertThat(events(c)).as("the same level again moves nothing").hasSize(2);

        c.escalate("too big", "officer-1", TODAY, ACCEPTANCE_DAYS, NOW);
        c.reclassify(Category.NEIGHBOURHOOD, 10, Level.VILLAGE, NOW);
        assertThat(c.level()).isEqualTo(Level.COUNTY);

        c.assign("m-2", "m-2", null, "admin-1", NOW);
        c.accept(TODAY, 30, NOW);
        assertThatThrownBy(() -> c.reclassify(Category.DEBT, 1, Level.VILLAGE, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenPartiesAreCorrectedThenOnlyOnAnOpenCaseFromAGridReport() {
        MediationCase walkIn = open();
        assertThatThrownBy(() -> walkIn.correctParties(List.of(household("p1", "hh-9", "v-baisha")), Level.VILLAGE, NOW))
                .isInstanceOf(ConflictException.class);

        MediationCase report = open(MediationCase.Source.GRID_REPORT, Level.VILLAGE, household("p1", "hh-1", "v-baisha"));
        report.correctParties(List.of(household("p1", "hh-1", "v-baisha"), household("p2", "hh-2", "v-dongfeng")),
                Level.TOWNSHIP, NOW);
        assertThat(report.parties()).hasSize(2);
        assertThat(report.level()).isEqualTo(Level.TOWNSHIP);
    }

    // ---- sessions and the outcome

    @Test
    void whenASessionIsInTheFutureOrBeforeAcceptanceThenRefusedNamingHeldOn() {
        MediationCase c = inMediation();
        assertThatThrownBy(() -> c.recordSession(TODAY.plusDays(1), List.of("a"), "n", "cadre-1", TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> c.recordSession(TODAY.minusDays(1), List.of("a"), "n", "cadre-1", TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> open().recordSession(TODAY, List.of("a"), "n", "cadre-1", TODAY))
                .isInstanceOf(ConflictException.class);

        c.recordSession(TODAY, List.of("a"), "n", "cadre-1", TODAY);
        c.recordSession(TODAY, List.of("b"), "m", "cadre-1", TODAY);
        assertThat(c.sessions()).extracting(MediationCase.Session::number).containsExactly(1, 2);
    }

    @Test
    void whenAnAgreementLacksASessionASignatureOrASecondPartyThenRefused() {
        MediationCase noSession = inMediation();
        assertThatThrownBy(() -> noSession.agree("t", signaturesOf(noSession), "c", TODAY, 30, NOW))
                .isInstanceOf(ConflictException.class);

        MediationCase c = inMediation();
        c.recordSession(TODAY, List.of("a"), "n", "cadre-1", TODAY);
        assertThatThrownBy(() -> c.agree("t", signaturesOf(c).subList(0, 1), "c", TODAY, 30, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("signatures"));
        assertThatThrownBy(() -> c.agree("t", List.of(new MediationCase.Signature("p1", TODAY),
                new MediationCase.Signature("p9", TODAY)), "c", TODAY, 30, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("signatures"));
        assertThatThrownBy(() -> c.agree("t", List.of(new MediationCase.Signature("p1", TODAY),
                new MediationCase.Signature("p2", TODAY.plusDays(1))), "c", TODAY, 30, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("signatures"));

        MediationCase alone = open(MediationCase.Source.WALK_IN, Level.VILLAGE, household("p1", "hh-1", "v-baisha"));
        alone.assign("m-1", "m-1", null, "cadre-1", NOW);
        alone.accept(TODAY, 30, NOW);
        alone.recordSession(TODAY, List.of("a"), "n", "cadre-1", TODAY);
        assertThatThrownBy(() -> alone.agree("t", signaturesOf(alone), "c", TODAY, 30, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("parties"));
        assertThat(c.status()).isEqualTo(MediationCase.Status.IN_MEDIATION);
    }

    @Test
    void whenEveryPartySignsThenAgreedWithTheFollowUpDueAndCaseResolvedForTheHouseholds() {
        MediationCase c = agreed();

        assertThat(c.status()).isEqualTo(MediationCase.Status.AGREED);
        assertThat(c.agreement().reachedOn()).isEqualTo(TODAY);
        assertThat(c.followUpDue()).isEqualTo(TODAY.plusDays(30));
        assertThat(c.householdIds()).containsExactly("hh-1", "hh-2");
        assertThat(events(c)).containsExactly("case.opened", "case.accepted", "case.resolved");
    }

    @Test
    void whenTheMediationFailsThenFailedWithANextStepDeadlineAndNoCaseResolved() {
        MediationCase c = failed();

        assertThat(c.status()).isEqualTo(MediationCase.Status.FAILED);
        assertThat(c.failureDeadline()).isEqualTo(TODAY.plusDays(7));
        assertThat(c.failures()).singleElement().extracting(MediationCase.Failure::atLevel).isEqualTo(Level.VILLAGE);
        assertThat(events(c)).containsExactly("case.opened", "case.accepted", "case.failed");
        assertThatThrownBy(() -> open().fail("r", TODAY, 7, NOW)).isInstanceOf(ConflictException.class);
    }

    // ---- escalation and referral

    @Test
    void whenEscalatedThenOneLevelUpOpenAgainWithoutMediatorAndANewAcceptanceDeadline() {
        MediationCase c = failed();
        c.escalate("failed", "cadre-1", TODAY.plusDays(1), ACCEPTANCE_DAYS, NOW);

        assertThat(c.level()).isEqualTo(Level.TOWNSHIP);
        assertThat(c.status()).isEqualTo(MediationCase.Status.OPEN);
        assertThat(c.mediatorId()).isNull();
        assertThat(c.acceptedOn()).isNull();
        assertThat(c.resolutionDeadline()).isNull();
        assertThat(c.failureDeadline()).isNull();
        assertThat(c.acceptanceDeadline()).isEqualTo(TODAY.plusDays(1 + ACCEPTANCE_DAYS));
        assertThat(c.escalations()).singleElement().satisfies(e -> {
            assertThat(e.fromLevel()).isEqualTo(Level.VILLAGE);
            assertThat(e.toLevel()).isEqualTo(Level.TOWNSHIP);
            // the village level's own dates stay with the escalation, for the indicators
            assertThat(e.on()).isEqualTo(TODAY.plusDays(1));
            assertThat(e.acceptedOn()).isEqualTo(TODAY);
            assertThat(e.resolutionDeadline()).isEqualTo(TODAY.plusDays(30));
            assertThat(e.failureDeadline()).isEqualTo(TODAY.plusDays(7));
        });
        assertThat(events(c)).containsExactly("case.opened", "case.accepted", "case.failed", "case.escalated");
    }

    @Test
    void whenEscalatedAboveTheCountyOrFromAnAgreementThenRefused() {
        MediationCase county = open(MediationCase.Source.WALK_IN, Level.COUNTY, household("p1", "hh-1", "v-baisha"));
        assertThatThrownBy(() -> county.escalate("r", "admin-1", TODAY, 3, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("county level");
        assertThatThrownBy(() -> agreed().escalate("r", "admin-1", TODAY, 3, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenReferredAfterAFailureThenClosedAsReferredWithCaseClosed() {
        MediationCase c = failed();
        c.refer(MediationCase.Forum.LITIGATION, "to court", TODAY, NOW);

        assertThat(c.status()).isEqualTo(MediationCase.Status.CLOSED);
        assertThat(c.outcome()).isEqualTo(MediationCase.Outcome.REFERRED_LITIGATION);
        assertThat(events(c)).containsExactly("case.opened", "case.accepted", "case.failed", "case.closed");
        assertThatThrownBy(() -> inMediation().refer(MediationCase.Forum.ARBITRATION, null, TODAY, NOW))
                .isInstanceOf(ConflictException.class);
    }

    // ---- follow-up, closing, judicial confirmation

    @Test
    void whenAnAgreementIsClosedBeforeItsFollowUpThenRefusedAfterItClosedAsHonouredOrBroken() {
        MediationCase c = agreed();
        assertThatThrownBy(() -> c.close("n", TODAY, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("follow-up");

        c.recordFollowUp(false, "wall not moved", "cadre-1", TODAY);
        assertThatThrownBy(() -> c.recordFollowUp(true, "again", "cadre-1", TODAY)).isInstanceOf(ConflictException.class);
        c.close("n", TODAY, NOW);
        assertThat(c.outcome()).isEqualTo(MediationCase.Outcome.AGREEMENT_BROKEN);
        assertThat(c.closedOn()).isEqualTo(TODAY);
        assertThat(events(c)).containsExactly("case.opened", "case.accepted", "case.resolved", "case.closed");
    }

    @Test
    void whenAFailedCaseIsClosedThenFailedAndAnOpenOneHasNoOutcomeToCloseWith() {
        MediationCase c = failed();
        c.close(null, TODAY, NOW);
        assertThat(c.outcome()).isEqualTo(MediationCase.Outcome.FAILED);

        assertThatThrownBy(() -> open().close(null, TODAY, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> inMediation().recordFollowUp(true, "n", "c", TODAY)).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenJudicialConfirmationIsRequestedThenOnlyForAnAgreementOnceAndTheAnswerIsChecked() {
        assertThatThrownBy(() -> failed().requestJudicialConfirmation("court", TODAY)).isInstanceOf(ConflictException.class);
        MediationCase c = agreed();
        assertThatThrownBy(() -> c.recordCourtAnswer(true, null, TODAY, TODAY)).isInstanceOf(ConflictException.class);

        c.requestJudicialConfirmation("county court", TODAY);
        assertThatThrownBy(() -> c.requestJudicialConfirmation("county court", TODAY)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> c.recordCourtAnswer(false, " ", TODAY, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> c.recordCourtAnswer(true, null, TODAY.minusDays(1), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("answeredOn"));
        assertThatThrownBy(() -> c.recordCourtAnswer(true, null, TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("answeredOn"));

        c.recordCourtAnswer(true, null, TODAY, TODAY);
        assertThat(c.judicialConfirmation().status()).isEqualTo(MediationCase.JudicialStatus.CONFIRMED);
        assertThatThrownBy(() -> c.recordCourtAnswer(true, null, TODAY, TODAY)).isInstanceOf(ConflictException.class);
    }

    // ---- risk and ratings

    @Test
    void whenARiskIsFlaggedThenNotOnAClosedCaseAndOnlyAFlaggedOneIsCleared() {
        MediationCase c = open();
        assertThatThrownBy(c::clearRisk).isInstanceOf(ConflictException.class);
        c.flagRisk(MediationCase.RiskKind.VIOLENCE, "threats", "cadre-1", NOW);
        assertThat(c.risk().kind()).isEqualTo(MediationCase.RiskKind.VIOLENCE);
        c.clearRisk();
        assertThat(c.risk()).isNull();

        MediationCase closed = failed();
        closed.close(null, TODAY, NOW);
        assertThatThrownBy(() -> closed.flagRisk(MediationCase.RiskKind.PETITION, "r", "c", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void whenPartiesRateThenOnlyAfterTheMediationOncePerKnownPartyAndAPaperRatingNamesWhoRecordedIt() {
        assertThatThrownBy(() -> inMediation().rate("p1", 5, null, "villager-1", false, NOW))
                .isInstanceOf(ConflictException.class);
        MediationCase c = agreed();
        assertThatThrownBy(() -> c.rate("p9", 5, null, "villager-1", false, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("partyId"));

        c.rate("p1", 5, "fair", "villager-1", false, NOW);
        c.rate("p2", 3, null, "cadre-1", true, NOW);
        assertThatThrownBy(() -> c.rate("p1", 4, null, "villager-1", false, NOW)).isInstanceOf(ConflictException.class);
        assertThat(c.ratings()).extracting(MediationCase.Rating::paper, MediationCase.Rating::recordedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, null),
                        org.assertj.core.groups.Tuple.tuple(true, "cadre-1"));
    }

    // ---- deadlines and encapsulation

    @Test
    void whenADeadlinePassesThenOverdueInEveryWaitingStateButNotOnTheDeadlineDayItself() {
        MediationCase open = open();
        assertThat(open.overdue(TODAY.plusDays(ACCEPTANCE_DAYS))).isFalse();
        assertThat(open.overdue(TODAY.plusDays(ACCEPTANCE_DAYS + 1))).isTrue();
        assertThat(inMediation().overdue(TODAY.plusDays(31))).isTrue();
        assertThat(failed().overdue(TODAY.plusDays(8))).isTrue();
        assertThat(agreed().overdue(TODAY.plusDays(400))).isFalse();
    }

    @Test
    void whenTheCaseHandsOutItsListsThenNoCallerCanChangeThem() {
        MediationCase c = agreed();
        assertThatThrownBy(() -> c.parties().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.sessions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.assignments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.escalations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.failures().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.ratings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
