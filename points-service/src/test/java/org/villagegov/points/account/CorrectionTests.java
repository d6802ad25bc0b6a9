package org.villagegov.points.account;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class CorrectionTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    static Correction proposed(long amount) {
        return Correction.propose("c-1", "hh-1", "t-1", "v-1", "g-1", amount, Correction.Category.DATA_ENTRY_ERROR,
                "typo", "hh-1|2026-11", "cadre-1", NOW);
    }

    @Test
    void whenProposedThenNothingIsDecidedYet() {
        Correction correction = proposed(5);

        assertThat(correction.status()).isEqualTo(Correction.Status.PROPOSED);
        assertThat(correction.decidedBy()).isNull();
        assertThat(correction.awaitsClaim()).isTrue();
    }

    @Test
    void whenTheProposerDecidesThenRefusedNamingTheApprover() {
        Correction correction = proposed(5);

        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> correction.checkApprovable("cadre-1"))
                .satisfies(e -> assertThat(e.getMessage()).contains("may not decide"));
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> correction.reject("cadre-1", "no", NOW));
    }

    @Test
    void whenASecondPersonApprovesAProposedOrStuckCorrectionThenAllowed() {
        Correction correction = proposed(5);
        assertThatNoException().isThrownBy(() -> correction.checkApprovable("cadre-2"));

        ReflectionTestUtils.setField(correction, "status", Correction.Status.POSTING);
        assertThatNoException().isThrownBy(() -> correction.checkApprovable("cadre-2"));
        assertThat(correction.awaitsClaim()).isFalse();
    }

    @Test
    void whenDecidedAlreadyThenApprovingAgainIsAConflict() {
        Correction rejected = proposed(5);
        rejected.reject("cadre-2", "wrong household", NOW);

        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> rejected.checkApprovable("cadre-3"));
    }

    @Test
    void whenRejectedThenTheDeciderAndReasonAreKeptAndItCannotBeRejectedTwice() {
        Correction correction = proposed(-5);

        correction.reject("cadre-2", "wrong household", NOW);

        assertThat(correction.status()).isEqualTo(Correction.Status.REJECTED);
        assertThat(correction.decidedBy()).isEqualTo("cadre-2");
        assertThat(correction.rejectionReason()).isEqualTo("wrong household");
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> correction.reject("cadre-3", "again", NOW));
    }

    @Test
    void whenPostedThenTheEntryIsNamedByTheCorrectionAndSaysWhy() {
        Correction correction = proposed(-5);
        ReflectionTestUtils.setField(correction, "decidedBy", "cadre-2");

        Posting posting = correction.posting();

        assertThat(posting.entryId()).isEqualTo("correction:c-1");
        assertThat(posting.amount()).isEqualTo(-5);
        assertThat(posting.source()).isEqualTo(Posting.Source.CORRECTION);
        assertThat(posting.note()).isEqualTo("DATA_ENTRY_ERROR: typo");
        assertThat(posting.by()).isEqualTo("cadre-2");
        assertThat(posting.needsCover()).isTrue();
    }
}
