package org.villagegov.grid.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.OutboxEvent;
import org.villagegov.platform.security.PlatformUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static PlatformUser user(String subject, String role) {
        return new PlatformUser(subject, subject, "daye", Set.of(role), "t-1", "v-1", null, null);
    }

    @Test
    void whenAVisitIsDatedTodayOrEarlierThenItMayBeLogged() {
        assertThatCode(() -> VisitRules.refuseFutureDay(TODAY, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> VisitRules.refuseFutureDay(TODAY.minusDays(3), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void whenAVisitIsDatedTomorrowThenRefusedNamingVisitedOn() {
        assertThatThrownBy(() -> VisitRules.refuseFutureDay(TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("visitedOn"));
    }

    @Test
    void whenTheCallerLogsTheirOwnVisitThenItCountsForThem() {
        assertThat(VisitRules.countedMember(user("grid-v1", "grid-worker"), null, paired -> false)).isEqualTo("grid-v1");
        assertThat(VisitRules.countedMember(user("grid-v1", "grid-worker"), "grid-v1", paired -> false))
                .isEqualTo("grid-v1");
    }

    @Test
    void whenACadreEntersAPairedMembersVisitThenItCountsForTheMember() {
        assertThat(VisitRules.countedMember(user("cadre-v1", "village-cadre"), "member-1", "member-1"::equals))
                .isEqualTo("member-1");
    }

    @Test
    void whenAGridWorkerEntersSomeoneElsesVisitThenRefusedNamingOnBehalfOf() {
        assertThatThrownBy(() -> VisitRules.countedMember(user("grid-v1", "grid-worker"), "member-1", paired -> true))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("onBehalfOf"));
    }

    @Test
    void whenTheMemberIsNotPairedWithTheHouseholdThenRefusedNamingOnBehalfOf() {
        assertThatThrownBy(() -> VisitRules.countedMember(user("cadre-v1", "village-cadre"), "member-1", paired -> false))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("onBehalfOf"));
    }

    @Test
    void whenAVisitIsLoggedThenItClosesFollowUpsCreatedBeforeTheEndOfThatDayInCountyTime() {
        // midnight in China Standard Time is 16:00 UTC the day before
        assertThat(VisitRules.closesFollowUpsCreatedBefore(TODAY)).isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
    }

    @Test
    void whenTheWeekIsCountedThenItIsTodayAndTheSixDaysBefore() {
        assertThat(VisitRules.contactWindowStart(TODAY)).isEqualTo(LocalDate.of(2026, 11, 18));
    }

    @Test
    void whenNobodyIsPairedThenCoverageIsFullAndOtherwiseTheShareContacted() {
        assertThat(Visits.Coverage.of(0, 0)).isEqualTo(new Visits.Coverage(0, 0, 0, 100.0));
        assertThat(Visits.Coverage.of(3, 1)).isEqualTo(new Visits.Coverage(3, 2, 1, 66.7));
    }

    @Test
    void whenAMembersVisitIsEnteredByACadreThenItSaysWhoEnteredItAndForWhom() {
        Visit visit = Visit.log("vi-1", "h-1", "member-1", "cadre-v1", "t-1", "v-1", TODAY, "ok", null);

        assertThat(visit.loggedBy()).isEqualTo("cadre-v1");
        assertThat(visit.onBehalfOf()).isEqualTo("member-1");
        assertThat(visit.outbox()).extracting(OutboxEvent::type).containsExactly("visit.logged");
    }

    @Test
    void whenAMemberLogsTheirOwnVisitThenItIsOnNobodysBehalf() {
        Visit visit = Visit.log("vi-1", "h-1", "member-1", "member-1", "t-1", "v-1", TODAY, "ok", null);

        assertThat(visit.loggedBy()).isEqualTo("member-1");
        assertThat(visit.onBehalfOf()).isNull();
    }

    @Test
    void whenAMemberIsPairedWithAHouseholdThenThePairingIdIsMemberAndHousehold() {
        assertThat(Pairing.idOf("member-1", "h-1")).isEqualTo("member-1:h-1");
    }

    @Test
    void whenAFollowUpHasNoClosingVisitThenItIsOpen() {
        FollowUpTask open = new FollowUpTask("e:h-1", "h-1", "t-1", "v-1", "black-listed", "points", Instant.EPOCH, null);
        FollowUpTask closed = new FollowUpTask("e:h-1", "h-1", "t-1", "v-1", "black-listed", "points", Instant.EPOCH,
                "vi-1");

        assertThat(open.open()).isTrue();
        assertThat(closed.open()).isFalse();
    }
}
