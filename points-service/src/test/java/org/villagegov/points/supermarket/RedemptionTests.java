package org.villagegov.points.supermarket;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.points.account.Posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RedemptionTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    static Item rice() {
        return Item.create("i-1", "t-1", "v-1", "rice", 12, 5, "clerk-1", NOW);
    }

    static Redemption started() {
        return Redemption.start("r-1", "hh-1", "t-1", "v-1", rice(), 3, "clerk-1", NOW, NOW.plusSeconds(120));
    }

    @Test
    void whenStartedThenThePriceIsFrozenAndTheSagaIsPendingUnderALease() {
        Redemption redemption = started();

        assertThat(redemption.status()).isEqualTo(Redemption.Status.PENDING);
        assertThat(redemption.unitPrice()).isEqualTo(12);
        assertThat(redemption.total()).isEqualTo(36);
        assertThat(redemption.itemName()).isEqualTo("rice");
    }

    @Test
    void whenTheSagaDebitsThenTheTotalLeavesThePassbookOnceAndMustBeCovered() {
        Posting debit = started().debit();

        assertThat(debit.entryId()).isEqualTo("redeem:r-1");
        assertThat(debit.amount()).isEqualTo(-36);
        assertThat(debit.source()).isEqualTo(Posting.Source.REDEMPTION);
        assertThat(debit.note()).isEqualTo("3 x rice");
        assertThat(debit.by()).isEqualTo("clerk-1");
        assertThat(debit.coveredBy(35)).isFalse();
        assertThat(debit.coveredBy(36)).isTrue();
    }

    @Test
    void whenRefundedThenTheTotalComesBackOnceUnderItsOwnEntry() {
        Redemption redemption = started();
        ReflectionTestUtils.setField(redemption, "refundedBy", "clerk-2");

        Posting credit = redemption.refundCredit();

        assertThat(credit.entryId()).isEqualTo("refund:r-1").isNotEqualTo(redemption.entryId());
        assertThat(credit.amount()).isEqualTo(36);
        assertThat(credit.source()).isEqualTo(Posting.Source.REFUND);
        assertThat(credit.note()).isEqualTo("refund of 3 x rice");
        assertThat(credit.by()).isEqualTo("clerk-2");
    }

    @Test
    void whenNotCompletedThenARefundIsAConflict() {
        Redemption redemption = started();
        assertThatExceptionOfType(ConflictException.class).isThrownBy(redemption::checkRefundable)
                .satisfies(e -> assertThat(e.getMessage()).contains("PENDING"));

        for (Redemption.Status status : new Redemption.Status[] {Redemption.Status.FAILED, Redemption.Status.REFUNDING,
                Redemption.Status.REFUNDED}) {
            ReflectionTestUtils.setField(redemption, "status", status);
            assertThatExceptionOfType(ConflictException.class).isThrownBy(redemption::checkRefundable);
        }
        ReflectionTestUtils.setField(redemption, "status", Redemption.Status.COMPLETED);
        assertThatNoException().isThrownBy(redemption::checkRefundable);
    }

    @Test
    void whenCompletedThenTheEventNamesTheItemQuantityAndPoints() {
        assertThat(started().completedEvent())
                .isEqualTo(new Redemption.Completed("r-1", "hh-1", "t-1", "v-1", "i-1", 3, 36));
    }

    @Test
    void whenAnItemIsCreatedThenItsOpeningStockIsTheFirstTopUpAndTopUpsCannotBeChanged() {
        Item item = rice();

        assertThat(item.stock()).isEqualTo(5);
        assertThat(item.topUps()).singleElement()
                .isEqualTo(new Item.TopUp(5, "opening stock", "clerk-1", NOW));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> item.topUps().clear());
    }
}
