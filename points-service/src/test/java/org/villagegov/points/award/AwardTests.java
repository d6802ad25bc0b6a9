package org.villagegov.points.award;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.points.account.Posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AwardTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final Duration NOTICE = Duration.ofDays(3);

    static Award proposed() {
        return Award.propose("a-1", "hh-1", "t-1", "v-1", "g-1", "volunteering", 2, 5, "cleaned the river",
                LocalDate.of(2026, 11, 20), "hh-1|volunteering|2026-11", null, "grid-worker-1", NOW);
    }

    @Test
    void whenProposedThenTheRuleIsFrozenAndNothingIsDecided() {
        Award award = proposed();

        assertThat(award.status()).isEqualTo(Award.Status.PROPOSED);
        assertThat(award.ruleVersion()).isEqualTo(2);
        assertThat(award.points()).isEqualTo(5);
        assertThat(award.noticeUntil()).isNull();
        assertThat(award.objections()).isEmpty();
    }

    @Test
    void whenTheProposerApprovesThenRefusedNamingTheApprover() {
        Award award = proposed();

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> award.approve("grid-worker-1", NOW, NOTICE))
                .satisfies(e -> assertThat(e.getMessage()).contains("may not approve"));
        assertThat(award.status()).isEqualTo(Award.Status.PROPOSED);
    }

    @Test
    void whenASecondPersonApprovesThenTheNoticePeriodStarts() {
        Award award = proposed();

        award.approve("cadre-1", NOW, NOTICE);

        assertThat(award.status()).isEqualTo(Award.Status.APPROVED);
        assertThat(award.approvedBy()).isEqualTo("cadre-1");
        assertThat(award.noticeUntil()).isEqualTo(NOW.plus(NOTICE));
    }

    @Test
    void whenApprovedOrRejectedThenItCannotBeApprovedOrRejectedAgain() {
        Award approved = proposed();
        approved.approve("cadre-1", NOW, NOTICE);
        Award rejected = proposed();
        rejected.reject("cadre-1", "no evidence");

        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> approved.approve("cadre-2", NOW, NOTICE));
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> approved.reject("cadre-2", "late"));
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> rejected.approve("cadre-2", NOW, NOTICE));
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> rejected.reject("cadre-2", "again"));
    }

    @Test
    void whenRejectedThenWhoAndWhyAreKept() {
        Award award = proposed();

        award.reject("cadre-1", "no evidence");

        assertThat(award.status()).isEqualTo(Award.Status.REJECTED);
        assertThat(award.rejectedBy()).isEqualTo("cadre-1");
        assertThat(award.rejectionReason()).isEqualTo("no evidence");
    }

    @Test
    void whenSomeoneObjectsDuringTheNoticePeriodThenItIsHeldBackUntilDecidedAgain() {
        Award award = proposed();
        award.approve("cadre-1", NOW, NOTICE);

        award.object("villager-1", "they did not help", NOW.plus(Duration.ofDays(1)));

        assertThat(award.status()).isEqualTo(Award.Status.OBJECTED);
        assertThat(award.noticeUntil()).isNull();
        assertThat(award.objections()).singleElement()
                .isEqualTo(new Award.Objection("villager-1", "they did not help", NOW.plus(Duration.ofDays(1))));

        award.approve("cadre-2", NOW.plus(Duration.ofDays(2)), NOTICE);
        assertThat(award.status()).isEqualTo(Award.Status.APPROVED);
        assertThat(award.noticeUntil()).isEqualTo(NOW.plus(Duration.ofDays(5)));
    }

    @Test
    void whenAnObjectionComesOutsideTheNoticePeriodThenItIsAConflict() {
        Award notOnBoard = proposed();
        Award overdue = proposed();
        overdue.approve("cadre-1", NOW, NOTICE);

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> notOnBoard.object("villager-1", "why", NOW));
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> overdue.object("villager-1", "too late", NOW.plus(NOTICE)));
    }

    @Test
    void whenObjectionsAreHandedOutThenTheyCannotBeChanged() {
        Award award = proposed();
        award.approve("cadre-1", NOW, NOTICE);
        award.object("villager-1", "why", NOW);

        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> award.objections().clear());
    }

    @Test
    void whenCreditedThenThePostingIsADeedOnTheDayItHappenedByTheApprover() {
        Award award = proposed();
        award.approve("cadre-1", NOW, NOTICE);

        Posting posting = award.credit();

        assertThat(posting).isEqualTo(new Posting("award:a-1", "hh-1", "t-1", "v-1", "g-1", 5, Posting.Source.AWARD,
                "volunteering", 2, "a-1", "cleaned the river", "cadre-1", LocalDate.of(2026, 11, 20)));
    }

    @Test
    void whenNotApprovedThenItCannotBeCredited() {
        Award award = proposed();

        assertThatExceptionOfType(ConflictException.class).isThrownBy(award::credit);
    }
}
