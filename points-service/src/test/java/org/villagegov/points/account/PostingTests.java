package org.villagegov.points.account;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PostingTests {

    static Posting posting(long amount, Posting.Source source) {
        return new Posting("e-1", "hh-1", "t-1", "v-1", null, amount, source, null, null, "src-1", "note", "by");
    }

    @Test
    void whenADeedDeductsThenItIsOwedWhateverTheBalance() {
        Posting gambling = posting(-10, Posting.Source.AWARD);

        assertThat(gambling.isDeed()).isTrue();
        assertThat(gambling.needsCover()).isFalse();
        assertThat(gambling.coveredBy(0)).isTrue();
        assertThat(posting(-2, Posting.Source.EVENT).coveredBy(-50)).isTrue();
    }

    @Test
    void whenARedemptionOrCorrectionTakesPointsThenTheBalanceMustCoverIt() {
        Posting redemption = posting(-30, Posting.Source.REDEMPTION);
        Posting correction = posting(-5, Posting.Source.CORRECTION);

        assertThat(redemption.needsCover()).isTrue();
        assertThat(redemption.requiredBalance()).isEqualTo(30);
        assertThat(redemption.coveredBy(29)).isFalse();
        assertThat(redemption.coveredBy(30)).isTrue();
        assertThat(correction.coveredBy(4)).isFalse();
        assertThat(correction.coveredBy(5)).isTrue();
    }

    @Test
    void whenPointsAreGivenThenNoCoverIsNeeded() {
        assertThat(posting(5, Posting.Source.CORRECTION).needsCover()).isFalse();
        assertThat(posting(5, Posting.Source.REFUND).needsCover()).isFalse();
        assertThat(posting(5, Posting.Source.AWARD).needsCover()).isFalse();
    }

    @Test
    void whenARedemptionWouldGivePointsOrARefundTakeThemThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> posting(10, Posting.Source.REDEMPTION));
        assertThatIllegalArgumentException().isThrownBy(() -> posting(-10, Posting.Source.REFUND));
    }

    @Test
    void whenADeedIsPostedThenItsLineCarriesTheDayItHappened() {
        Instant at = Instant.parse("2026-11-24T02:00:00Z");
        Posting award = new Posting("award:a-1", "hh-1", "t-1", "v-1", "g-1", 5, Posting.Source.AWARD, "volunteering", 2,
                "a-1", "seen", "cadre-1", LocalDate.of(2026, 11, 20));

        PassbookEntry line = award.entry(at, "try-1");

        assertThat(line).isEqualTo(new PassbookEntry("award:a-1", "hh-1", "t-1", "v-1", "g-1", 5, Posting.Source.AWARD,
                "volunteering", 2, "a-1", "seen", "cadre-1", at, "2026-11-20", PassbookEntry.State.PENDING, "try-1", null));
        assertThat(posting(-3, Posting.Source.REDEMPTION).entry(at, "try-2").occurredOn()).isNull();
    }

    @Test
    void whenADeedIsAnnouncedThenTheEventNamesHouseholdPlaceAmountRuleAndSource() {
        Posting event = new Posting("event:ev-1:hh-1", "hh-1", "t-1", "v-1", null, 2, Posting.Source.EVENT,
                "meeting-attendance", 1, "m-1", "meeting.attended", "event:ev-1", LocalDate.of(2026, 11, 20));

        assertThat(event.entry(Instant.now(), "try-1").awarded()).isEqualTo(
                new PointsAwarded("hh-1", "t-1", "v-1", 2, "meeting-attendance", "EVENT", "m-1"));
    }

    @Test
    void whenAPostingIsNoDeedThenNothingIsAnnounced() {
        PassbookEntry refund = posting(5, Posting.Source.REFUND).entry(Instant.now(), "try-1");

        assertThatIllegalStateException().isThrownBy(refund::awarded);
    }
}
