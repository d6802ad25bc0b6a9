package org.villagegov.council.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villagegov.council.EventPayloads.fields;
import static org.villagegov.council.EventPayloads.payload;
import static org.villagegov.council.EventPayloads.types;

/** A notice is current within its window until withdrawn; an over window is refused when posting. */
class NoticeTests {

    static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    static Notice posted(LocalDate from, LocalDate until) {
        return Notice.post("t-jinhu", "v-baisha", Notice.Category.FINANCES, "Accounts", "Q3 accounts", from, until,
                "cadre-1", TODAY, NOW);
    }

    @Test
    void whenPostedThenItIsCurrentFromTheFirstToTheLastDayOfItsWindowOnly() {
        Notice notice = posted(TODAY, TODAY.plusDays(7));
        assertThat(notice.current(TODAY.minusDays(1))).isFalse();
        assertThat(notice.current(TODAY)).isTrue();
        assertThat(notice.current(TODAY.plusDays(7))).isTrue();
        assertThat(notice.current(TODAY.plusDays(8))).as("the window is over").isFalse();
    }

    @Test
    void whenTheWindowIsBackwardsOrOverAlreadyThenRefusedNamingItsEnd() {
        assertThatThrownBy(() -> posted(TODAY, TODAY.minusDays(1)))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("publishUntil");
        assertThatThrownBy(() -> posted(TODAY.minusDays(9), TODAY.minusDays(2)))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("publishUntil");
        assertThat(posted(TODAY.minusDays(9), TODAY).current(TODAY)).as("ends today: still on the board").isTrue();
    }

    @Test
    void whenWithdrawnThenItIsNoLongerCurrentKeepsTheReasonAndCannotBeWithdrawnAgain() {
        Notice notice = posted(TODAY, TODAY.plusDays(7));
        notice.withdraw("Wrong figures", NOW);
        assertThat(notice.current(TODAY)).isFalse();
        assertThat(notice.withdrawnReason()).isEqualTo("Wrong figures");
        assertThatThrownBy(() -> notice.withdraw("again", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenPostedAndWithdrawnThenEachRaisesAnEventNamingTheVillageAndDay() {
        Notice notice = posted(TODAY.minusDays(2), TODAY.plusDays(7));
        var published = payload(notice, "notice.published");
        assertThat(fields(published)).containsExactlyInAnyOrder("noticeId", "townshipId", "villageId", "category",
                "publishFrom", "publishUntil", "postedOn");
        assertThat(published.get("villageId").asString()).isEqualTo("v-baisha");
        assertThat(published.get("publishFrom").asString()).isEqualTo("2026-11-22");
        assertThat(published.get("postedOn").asString()).isEqualTo("2026-11-24");
        notice.withdraw("Wrong figures", NOW);
        var withdrawn = payload(notice, "notice.withdrawn");
        assertThat(fields(withdrawn)).containsExactlyInAnyOrder("noticeId", "townshipId", "villageId", "withdrawnOn");
        assertThat(withdrawn.get("withdrawnOn").asString()).isEqualTo("2026-11-24");
        assertThat(types(notice)).containsExactly("notice.published", "notice.withdrawn");
    }
}
