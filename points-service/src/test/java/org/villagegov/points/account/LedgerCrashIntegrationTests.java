package org.villagegov.points.account;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.PointsTestSupport;
import org.villagegov.points.config.PointsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/**
 * A posting is two writes (the line, then the account update that decides it) with no transaction
 * around them. These tests kill the process between the two ({@link KilledLedger}) and show that
 * the next attempt of the same posting, or the recovery sweep, makes balance == sum of the lines
 * again with nothing doubled and nothing lost: for credits, debits and corrections; and that a
 * passbook still holding its lines in the account document is moved out on first use.
 */
class LedgerCrashIntegrationTests extends PointsTestSupport {

    @Autowired
    Ledger ledger;
    @Autowired
    LedgerRecovery recovery;
    @Autowired
    Outbox outbox;
    @Autowired
    CountyTime time;
    @Autowired
    PlaceGuard places;
    @Autowired
    PointsProperties properties;

    private Ledger killed() {
        return KilledLedger.betweenTheTwoWrites(mongo, outbox, time, properties, clock);
    }

    private static Posting award(String household, long points) {
        String id = UUID.randomUUID().toString();
        return new Posting("award:" + id, household, TOWNSHIP, VILLAGE, null, points, Posting.Source.AWARD, "volunteering",
                1, id, "seen helping", "cadre-1", LocalDate.of(2026, 11, 20));
    }

    private static Posting redemption(String household, long points) {
        String id = UUID.randomUUID().toString();
        return new Posting("redeem:" + id, household, TOWNSHIP, VILLAGE, null, -points, Posting.Source.REDEMPTION, null,
                null, id, "1 x soap", "clerk-1");
    }

    private Ledger.Outcome postThrough(Ledger through, Posting posting) {
        return TenantContext.call(DAYE, () -> through.post(posting));
    }

    private void postKilled(Posting posting) {
        assertThatThrownBy(() -> postThrough(killed(), posting)).isInstanceOf(DataAccessResourceFailureException.class);
    }

    private PassbookEntry line(String id) {
        return TenantContext.call(DAYE, () -> mongo.findById(id, PassbookEntry.class));
    }

    private List<PassbookEntry> lines(String household) {
        return TenantContext.call(DAYE, () -> mongo.find(Query.query(Criteria.where("householdId").is(household)),
                PassbookEntry.class));
    }

    private long balance(String household) {
        return TenantContext.call(DAYE, () -> ledger.balance(household));
    }

    /** The balance is what is expected, equals the sum of the applied lines, and the county-wide check agrees. */
    private void assertBalanceEqualsLedger(String household, long expected) throws Exception {
        assertThat(balance(household)).isEqualTo(expected);
        assertThat(lines(household).stream().filter(line -> line.state() == PassbookEntry.State.APPLIED)
                .mapToLong(PassbookEntry::amount).sum()).isEqualTo(expected);
        mvc.perform(get("/api/v1/points/accounts/check").header("Authorization", countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consistent").value(true))
                .andExpect(jsonPath("$.mismatched").isEmpty());
    }

    private String householdWith(int points) throws Exception {
        String household = household();
        fund(household, points);
        return household;
    }

    private long linesWithId(String household, String id) {
        return lines(household).stream().filter(line -> line.id().equals(id)).count();
    }

    /** The next attempt of a killed posting lands it, one more finds it done, and its line is there once. */
    private void assertTheNextAttemptPostsItOnce(String household, Posting posting, long balanceAfter) throws Exception {
        assertThat(postThrough(ledger, posting)).isEqualTo(Ledger.Outcome.POSTED);
        assertThat(postThrough(ledger, posting)).isEqualTo(Ledger.Outcome.ALREADY_POSTED);
        assertBalanceEqualsLedger(household, balanceAfter);
        assertThat(linesWithId(household, posting.entryId())).isEqualTo(1);
    }

    @Test
    void whenKilledBetweenWritingAnAwardLineAndCreditingThenTheNextAttemptCreditsItOnce() throws Exception {
        String household = householdWith(10);
        Posting award = award(household, 5);

        postKilled(award);

        // the line is written, undecided: in no balance and no sum
        assertThat(line(award.entryId()).state()).isEqualTo(PassbookEntry.State.PENDING);
        assertBalanceEqualsLedger(household, 10);

        assertTheNextAttemptPostsItOnce(household, award, 15);
    }

    @Test
    void whenKilledBetweenTheTwoWritesThenTheRecoverySweepDecidesTheLineOnce() throws Exception {
        String household = householdWith(10);
        Posting award = award(household, 5);
        postKilled(award);

        // within the lease the writer may still be alive: the sweep leaves the line alone
        TenantContext.call(DAYE, recovery::decideStale);
        assertThat(line(award.entryId()).state()).isEqualTo(PassbookEntry.State.PENDING);

        clock.advance(Duration.ofMinutes(3));
        TenantContext.call(DAYE, recovery::decideStale);
        TenantContext.call(DAYE, recovery::decideStale);

        assertThat(line(award.entryId()).state()).isEqualTo(PassbookEntry.State.APPLIED);
        assertBalanceEqualsLedger(household, 15);
        // the writer's own retry, arriving late, finds it done
        assertThat(postThrough(ledger, award)).isEqualTo(Ledger.Outcome.ALREADY_POSTED);
        assertBalanceEqualsLedger(household, 15);
    }

    @Test
    void whenKilledAfterTheAccountUpdateBeforeTheLineShowsItThenTheLedgerCountsItAndTheNextAttemptDoesNotRepeatIt()
            throws Exception {
        String household = householdWith(10);
        Posting award = award(household, 5);

        assertThatThrownBy(() -> postThrough(KilledLedger.beforeTheLineShowsTheDecision(mongo, outbox, time, properties, clock), award))
                .isInstanceOf(DataAccessResourceFailureException.class);

        // the balance moved and the account's last decision names the line: the check counts it already
        assertThat(line(award.entryId()).state()).isEqualTo(PassbookEntry.State.PENDING);
        mvc.perform(get("/api/v1/points/accounts/check").header("Authorization", countyAdmin()))
                .andExpect(jsonPath("$.consistent").value(true));
        assertThat(balance(household)).isEqualTo(15);

        assertThat(postThrough(ledger, award)).isEqualTo(Ledger.Outcome.ALREADY_POSTED);
        assertThat(line(award.entryId()).state()).isEqualTo(PassbookEntry.State.APPLIED);
        assertBalanceEqualsLedger(household, 15);
    }

    @Test
    void whenTheSamePostingsArriveManyTimesAtOnceThenEachLandsOnceAndNoDebitOverdraws() throws Exception {
        String household = householdWith(20);
        List<Posting> postings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            postings.add(award(household, 2));
            postings.add(redemption(household, 7));
        }
        List<Callable<Void>> senders = new ArrayList<>();
        for (int sender = 0; sender < 6; sender++) {
            List<Posting> mine = new ArrayList<>(postings);
            Collections.shuffle(mine, new Random(sender));
            senders.add(() -> {
                mine.forEach(posting -> postThrough(ledger, posting));
                return null;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(senders.size())) {
            for (Future<Void> done : pool.invokeAll(senders)) {
                done.get();
            }
        }

        List<PassbookEntry> applied = lines(household).stream()
                .filter(line -> line.state() == PassbookEntry.State.APPLIED).toList();
        assertThat(applied).extracting(PassbookEntry::id).doesNotHaveDuplicates();
        assertThat(applied.stream().filter(line -> line.source() == Posting.Source.AWARD)).hasSize(10);
        long balance = balance(household);
        assertThat(balance).isNotNegative();
        assertBalanceEqualsLedger(household, balance);
        // replayed once more, in order, nothing changes
        postings.forEach(posting -> postThrough(ledger, posting));
        assertBalanceEqualsLedger(household, balance);
    }

    @Test
    void whenKilledBetweenWritingADebitAndTakingItThenItLandsOnlyIfStillCoveredAndNeverTwice() throws Exception {
        String household = householdWith(10);
        Posting soap = redemption(household, 8);
        postKilled(soap);
        assertBalanceEqualsLedger(household, 10);

        // meanwhile another debit spends the points the first one had seen
        assertThat(postThrough(ledger, redemption(household, 5))).isEqualTo(Ledger.Outcome.POSTED);

        assertThat(postThrough(ledger, soap)).isEqualTo(Ledger.Outcome.REFUSED);
        assertThat(line(soap.entryId()).state()).isEqualTo(PassbookEntry.State.REFUSED);
        assertBalanceEqualsLedger(household, 5);

        // a debit that is still covered lands once, by the next attempt
        Posting salt = redemption(household, 4);
        postKilled(salt);
        assertTheNextAttemptPostsItOnce(household, salt, 1);
    }

    @Test
    void whenKilledBetweenTheTwoWritesOfACorrectionThenApprovingAgainPostsItOnce() throws Exception {
        String household = householdWith(10);
        String correction = propose(household, 7);
        CorrectionService dying = new CorrectionService(mongo, killed(), outbox, places, properties, time);

        assertThatThrownBy(() -> TenantContext.call(DAYE, () -> dying.approve(correction, approver())))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(correctionStatus(correction)).isEqualTo("POSTING");
        assertBalanceEqualsLedger(household, 10);

        mvc.perform(post("/api/v1/points/corrections/" + correction + "/approve").header("Authorization", cadre("cadre-2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/v1/points/corrections/" + correction + "/approve").header("Authorization", cadre("cadre-2")))
                .andExpect(status().isConflict());
        assertBalanceEqualsLedger(household, 17);
        assertThat(linesWithId(household, "correction:" + correction)).isEqualTo(1);
    }

    @Test
    void whenAKilledDeductionIsNoLongerCoveredThenItIsRefusedAndLandsOnceWhenApprovedAgainLater() throws Exception {
        String household = householdWith(10);
        String deduction = propose(household, -7);
        CorrectionService dying = new CorrectionService(mongo, killed(), outbox, places, properties, time);
        assertThatThrownBy(() -> TenantContext.call(DAYE, () -> dying.approve(deduction, approver())))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(postThrough(ledger, redemption(household, 5))).isEqualTo(Ledger.Outcome.POSTED);

        mvc.perform(post("/api/v1/points/corrections/" + deduction + "/approve").header("Authorization", cadre("cadre-2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        assertThat(correctionStatus(deduction)).isEqualTo("PROPOSED");
        assertBalanceEqualsLedger(household, 5);

        fund(household, 10);
        mvc.perform(post("/api/v1/points/corrections/" + deduction + "/approve").header("Authorization", cadre("cadre-2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        assertBalanceEqualsLedger(household, 8);
        assertThat(linesWithId(household, "correction:" + deduction)).isEqualTo(1);
    }

    @Test
    void whenAPassbookStillHoldsItsLinesThenItsFirstUseMovesThemOutAndTheLedgerStillAddsUp() throws Exception {
        String household = household();
        Instant earlier = Instant.parse("2026-11-02T02:00:00Z");
        TenantContext.run(DAYE, () -> mongo.insert(new Document("_id", household).append("townshipId", TOWNSHIP)
                .append("villageId", VILLAGE).append("balance", 7L).append("version", 3L)
                .append("entries", List.of(
                        new Document("id", "award:old-1").append("amount", 10L).append("source", "AWARD")
                                .append("ruleCode", "volunteering").append("ruleVersion", 1).append("sourceId", "old-1")
                                .append("by", "cadre-1").append("at", Date.from(earlier)).append("occurredOn", "2026-11-01"),
                        new Document("id", "redeem:old-2").append("amount", -3L).append("source", "REDEMPTION")
                                .append("sourceId", "old-2").append("note", "1 x soap").append("by", "clerk-1")
                                .append("at", Date.from(earlier.plusSeconds(60)))))
                .append("voided", List.of("old-3")), Ledger.COLLECTION));

        mvc.perform(get("/api/v1/points/accounts/" + household).header("Authorization", countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balance").value(7))
                .andExpect(jsonPath("$.entries.totalItems").value(2))
                .andExpect(jsonPath("$.entries.items[0].id").value("redeem:old-2"))
                .andExpect(jsonPath("$.entries.items[1].occurredOn").value("2026-11-01"));
        Document moved = TenantContext.call(DAYE, () -> mongo.findById(household, Document.class, Ledger.COLLECTION));
        assertThat(moved).doesNotContainKeys("entries", "voided").containsEntry("seq", 2L);

        // the moved ids still make postings idempotent, and a voided redemption still cannot land
        Posting old = new Posting("award:old-1", household, TOWNSHIP, VILLAGE, null, 10, Posting.Source.AWARD,
                "volunteering", 1, "old-1", null, "cadre-1", LocalDate.of(2026, 11, 1));
        assertThat(postThrough(ledger, old)).isEqualTo(Ledger.Outcome.ALREADY_POSTED);
        assertThat(postThrough(ledger, new Posting("redeem:old-3", household, TOWNSHIP, VILLAGE, null, -1,
                Posting.Source.REDEMPTION, null, null, "old-3", "late", "clerk-1"))).isEqualTo(Ledger.Outcome.REFUSED);
        assertThat(postThrough(ledger, award(household, 5))).isEqualTo(Ledger.Outcome.POSTED);
        assertBalanceEqualsLedger(household, 12);
    }

    @Test
    void whenPostingsFollowEachOtherThenThePassbookShowsTheNewestFirst() throws Exception {
        String household = household();
        Posting first = award(household, 1);
        Posting second = award(household, 2);
        postThrough(ledger, first);
        postThrough(ledger, second);

        mvc.perform(get("/api/v1/points/accounts/" + household).header("Authorization", countyAdmin()).param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.items[0].id").value(second.entryId()))
                .andExpect(jsonPath("$.entries.totalItems").value(2));
        mvc.perform(get("/api/v1/points/accounts").header("Authorization", countyAdmin()).param("size", "200"))
                .andExpect(jsonPath("$.items[?(@.householdId == '" + household + "')].entries").value(2));
    }

    private String propose(String household, int amount) throws Exception {
        return postJson("/api/v1/points/accounts/" + household + "/corrections", cadre("cadre-1"),
                "{\"amount\":%d,\"category\":\"DATA_ENTRY_ERROR\",\"reason\":\"typo\"}".formatted(amount)).get("id").asString();
    }

    private static PlatformUser approver() {
        return new PlatformUser("cadre-2", "cadre-2", DAYE, Set.of(Roles.VILLAGE_CADRE), TOWNSHIP, VILLAGE, null, "web");
    }

    private String correctionStatus(String correction) {
        return TenantContext.call(DAYE, () -> mongo.findById(correction, Correction.class)).status().name();
    }
}
