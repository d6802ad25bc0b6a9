package org.villagegov.points.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.util.ReflectionTestUtils;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AccountTests {

    static final Instant MONDAY = Instant.parse("2026-11-23T02:00:00Z");

    static Account account(String holder, long balance, Account.Entry... entries) {
        Account account = new Account();
        ReflectionTestUtils.setField(account, "id", "hh-1");
        ReflectionTestUtils.setField(account, "townshipId", "t-1");
        ReflectionTestUtils.setField(account, "villageId", "v-1");
        ReflectionTestUtils.setField(account, "holderSubject", holder);
        ReflectionTestUtils.setField(account, "balance", balance);
        ReflectionTestUtils.setField(account, "entries", new ArrayList<>(List.of(entries)));
        return account;
    }

    static Account.Entry entry(String id, long amount, Instant at) {
        return new Account.Entry(id, amount, Posting.Source.CORRECTION, null, null, id, null, "by", at, null);
    }

    static PlatformUser user(String subject, String village, String... roles) {
        return new PlatformUser(subject, subject, "daye", Set.of(roles), "t-1", village, null, "web");
    }

    @Test
    void whenBalanceIsTheSumOfTheLedgerThenConsistent() {
        assertThat(account(null, 7, entry("a", 10, MONDAY), entry("b", -3, MONDAY)).consistent()).isTrue();
        assertThat(account(null, 8, entry("a", 10, MONDAY), entry("b", -3, MONDAY)).consistent()).isFalse();
    }

    @Test
    void whenEntriesAreHandedOutThenTheyCannotBeChanged() {
        Account account = account(null, 10, entry("a", 10, MONDAY));

        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> account.entries().add(entry("b", 5, MONDAY)));
    }

    @Test
    void whenTheLedgerIsPagedThenNewestComeFirstAndTheTotalIsTheWholeLedger() {
        Account account = account(null, 6, entry("old", 1, MONDAY), entry("new", 2, MONDAY.plusSeconds(60)),
                entry("mid", 3, MONDAY.plusSeconds(30)));

        var first = account.entries(PageRequest.of(0, 2));
        var far = account.entries(PageRequest.of(5, 2));

        assertThat(first.getContent()).extracting(Account.Entry::id).containsExactly("new", "mid");
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(account.entries(PageRequest.of(1, 2)).getContent()).extracting(Account.Entry::id).containsExactly("old");
        assertThat(far.getContent()).isEmpty();
        assertThat(far.getTotalElements()).isEqualTo(3);
    }

    @Test
    void whenADeedWasCreditedLaterThenItCountsOnTheDayItHappened() {
        Account.Entry deed = new Account.Entry("award:1", 5, Posting.Source.AWARD, "x", 1, "1", null, "by",
                Instant.parse("2026-12-02T02:00:00Z"), "2026-11-28");

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
