package org.villagegov.points.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTests {

    static final Instant MONDAY = Instant.parse("2026-11-23T02:00:00Z");

    static Account account(String holder, long balance) {
        Account account = new Account();
        ReflectionTestUtils.setField(account, "id", "hh-1");
        ReflectionTestUtils.setField(account, "townshipId", "t-1");
        ReflectionTestUtils.setField(account, "villageId", "v-1");
        ReflectionTestUtils.setField(account, "holderSubject", holder);
        ReflectionTestUtils.setField(account, "balance", balance);
        ReflectionTestUtils.setField(account, "seq", 0L);
        return account;
    }

    /** The account after {@code seq} decisions, the last one {@code last}. */
    static Account decided(long balance, long seq, Account.Decision last) {
        Account account = account(null, balance);
        ReflectionTestUtils.setField(account, "seq", seq);
        ReflectionTestUtils.setField(account, "last", last);
        return account;
    }

    static PassbookEntry line(String id, long amount, Posting.Source source, Instant at, String occurredOn) {
        return new PassbookEntry(id, "hh-1", "t-1", "v-1", null, amount, source, null, null, id, null, "by", at, occurredOn,
                PassbookEntry.State.APPLIED, "try-" + id, 1L);
    }

    static PassbookEntry entry(String id, long amount, Instant at) {
        return line(id, amount, Posting.Source.CORRECTION, at, null);
    }

    static PassbookEntry inState(String id, PassbookEntry.State state, Long seq) {
        return new PassbookEntry(id, "hh-1", "t-1", "v-1", null, 5, Posting.Source.CORRECTION, null, null, id, null, "by",
                MONDAY, null, state, "try-" + id, seq);
    }

    static PlatformUser user(String subject, String village, String... roles) {
        return new PlatformUser(subject, subject, "daye", Set.of(roles), "t-1", village, null, "web");
    }

    @Test
    void whenALineWasAppliedUpToTheSeqReadThenTheAccountHoldsIt() {
        Account account = decided(10, 3, new Account.Decision("c", "try-c", PassbookEntry.State.APPLIED));

        assertThat(account.holds(inState("a", PassbookEntry.State.APPLIED, 2L))).isTrue();
        assertThat(account.holds(inState("c", PassbookEntry.State.APPLIED, 3L))).isTrue();
        // decided after the account was read: not in the balance that was read
        assertThat(account.holds(inState("d", PassbookEntry.State.APPLIED, 4L))).isFalse();
    }

    @Test
    void whenTheLastDecisionIsNotOnItsLineYetThenTheAccountStillHoldsIt() {
        Account account = decided(10, 3, new Account.Decision("c", "try-c", PassbookEntry.State.APPLIED));

        assertThat(account.holds(inState("c", PassbookEntry.State.PENDING, null))).isTrue();
        // written but never decided (its writer was killed between the two writes): in no balance
        assertThat(account.holds(inState("x", PassbookEntry.State.PENDING, null))).isFalse();
    }

    @Test
    void whenALineWasRefusedOrVoidedThenNoAccountHoldsIt() {
        Account refusedLast = decided(10, 3, new Account.Decision("c", "try-c", PassbookEntry.State.REFUSED));

        assertThat(refusedLast.holds(inState("c", PassbookEntry.State.PENDING, null))).isFalse();
        assertThat(refusedLast.holds(inState("c", PassbookEntry.State.REFUSED, 3L))).isFalse();
        assertThat(refusedLast.holds(inState("v", PassbookEntry.State.VOID, null))).isFalse();
    }

    @Test
    void whenTheLastDecisionWasAnEarlierAttemptThenTheNewAttemptIsNotHeld() {
        Account account = decided(10, 3, new Account.Decision("c", "an-earlier-try", PassbookEntry.State.APPLIED));

        assertThat(account.holds(inState("c", PassbookEntry.State.PENDING, null))).isFalse();
    }

    @Test
    void whenADeedWasCreditedLaterThenItCountsOnTheDayItHappened() {
        PassbookEntry deed = line("award:1", 5, Posting.Source.AWARD, Instant.parse("2026-12-02T02:00:00Z"), "2026-11-28");

        assertThat(deed.countsOn()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void whenAnEntryIsNoDeedThenItCountsOnTheCountyDayItWasWritten() {
        // 23:30 UTC on the 30th is already the 1st in the county (UTC+8)
        assertThat(entry("c", 1, Instant.parse("2026-11-30T23:30:00Z")).countsOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void whenStaffOfTheVillageReadsThenAllowedAndStaffOfAnotherVillageIsNot() {
        Account account = account("villager-1", 0);

        assertThat(account.mayBeReadBy(user("cadre-1", "v-1", Roles.VILLAGE_CADRE))).isTrue();
        assertThat(account.mayBeReadBy(user("cadre-2", "v-2", Roles.VILLAGE_CADRE))).isFalse();
        assertThat(account.mayBeReadBy(user("admin-1", null, Roles.COUNTY_ADMIN))).isTrue();
    }

    @Test
    void whenAVillagerReadsThenOnlyTheirOwnPassbookWherever() {
        Account linked = account("villager-1", 0);

        assertThat(linked.mayBeReadBy(user("villager-1", "v-1", Roles.VILLAGER))).isTrue();
        assertThat(linked.mayBeReadBy(user("villager-2", "v-1", Roles.VILLAGER))).isFalse();
        // the holder moved away: the passbook is still theirs
        assertThat(linked.mayBeReadBy(user("villager-1", "v-9", Roles.VILLAGER))).isTrue();
        assertThat(account(null, 0).mayBeReadBy(user("villager-1", "v-1", Roles.VILLAGER))).isFalse();
    }

    @Test
    void whenAVillagerIsAlsoStaffThenTheyReadTheirVillagesPassbooksAsStaff() {
        assertThat(account("someone", 0).mayBeReadBy(user("v-cadre", "v-1", Roles.VILLAGER, Roles.GRID_WORKER))).isTrue();
    }
}
