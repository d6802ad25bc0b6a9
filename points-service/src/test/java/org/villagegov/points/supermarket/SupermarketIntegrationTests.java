package org.villagegov.points.supermarket;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.points.PointsTestSupport;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.account.KilledLedger;
import org.villagegov.points.account.Ledger;
import org.villagegov.points.account.Posting;
import org.villagegov.points.config.PointsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

class SupermarketIntegrationTests extends PointsTestSupport {

    @Autowired
    RedemptionSaga saga;
    @Autowired
    RedemptionRecovery recovery;
    @Autowired
    Ledger ledger;
    @Autowired
    Outbox outbox;
    @Autowired
    PointsProperties properties;
    @Autowired
    CountyTime time;

    private String item(String village, int price, int stock) throws Exception {
        return postJson("/api/v1/points/supermarket/items", clerkOrAdmin(village), """
                {"townshipId":"%s","villageId":"%s","name":"soap","price":%d,"stock":%d}
                """.formatted(TOWNSHIP, village, price, stock)).get("id").asString();
    }

    private static String clerkOrAdmin(String village) {
        return VILLAGE.equals(village) ? clerk() : countyAdmin();
    }

    private int stock(String item) throws Exception {
        return json(mvc.perform(get("/api/v1/points/supermarket/items/" + item).header("Authorization", clerk()))
                .andReturn().getResponse().getContentAsString()).get("stock").asInt();
    }

    private long balance(String household) {
        return TenantContext.call(DAYE, () -> ledger.balance(household));
    }

    private int redeem(String household, String item, int quantity) throws Exception {
        return mvc.perform(post("/api/v1/points/supermarket/redemptions").header("Authorization", clerk())
                        .contentType("application/json")
                        .content("{\"householdId\":\"%s\",\"itemId\":\"%s\",\"quantity\":%d}".formatted(household, item, quantity)))
                .andReturn().getResponse().getStatus();
    }

    private void assertLedgerConsistent() throws Exception {
        mvc.perform(get("/api/v1/points/accounts/check").header("Authorization", countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consistent").value(true));
    }

    @Test
    void whenClerkRedeemsThenStockAndBalanceAreDebitedTogetherAndAReceiptIsGiven() throws Exception {
        String household = household();
        fund(household, 50);
        String item = item(VILLAGE, 12, 5);

        var receipt = postJson("/api/v1/points/supermarket/redemptions", clerk(),
                "{\"householdId\":\"%s\",\"itemId\":\"%s\",\"quantity\":2}".formatted(household, item));

        assertThat(receipt.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(receipt.get("total").asInt()).isEqualTo(24);
        assertThat(stock(item)).isEqualTo(3);
        assertThat(balance(household)).isEqualTo(26);
        assertLedgerConsistent();
    }

    @Test
    void whenBalanceDoesNotCoverTheItemThenRefusedAndNothingChanges() throws Exception {
        String household = household();
        fund(household, 5);
        String item = item(VILLAGE, 10, 3);
        long redemptionsBefore = count("redemptions");

        mvc.perform(post("/api/v1/points/supermarket/redemptions").header("Authorization", clerk())
                        .contentType("application/json")
                        .content("{\"householdId\":\"%s\",\"itemId\":\"%s\",\"quantity\":1}".formatted(household, item)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));

        assertThat(count("redemptions")).isEqualTo(redemptionsBefore);
        assertThat(stock(item)).isEqualTo(3);
        assertThat(balance(household)).isEqualTo(5);
    }

    @Test
    void whenItemBelongsToAnotherVillageThenRefusedAndNothingChanges() throws Exception {
        String household = household();
        fund(household, 50);
        String otherItem = item(OTHER_VILLAGE, 10, 3);
        long redemptionsBefore = count("redemptions");

        assertThat(redeem(household, otherItem, 1)).isEqualTo(404);

        assertThat(count("redemptions")).isEqualTo(redemptionsBefore);
        assertThat(balance(household)).isEqualTo(50);
    }

    @Test
    void whenFiftyRedemptionsRaceForTenLastItemsThenExactlyTheCoveredOnesSucceed() throws Exception {
        String item = item(VILLAGE, 10, 10);
        List<String> households = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String household = household();
            fund(household, 10);
            households.add(household);
        }
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String household = households.get(i % households.size());
            attempts.add(() -> redeem(household, item, 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> answer : pool.invokeAll(attempts)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsOnly(201, 422);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(10);
        assertThat(stock(item)).isZero();
        long emptied = households.stream().filter(h -> balance(h) == 0).count();
        assertThat(emptied).isEqualTo(10);
        assertThat(households).allSatisfy(h -> assertThat(balance(h)).isBetween(0L, 10L));
        assertLedgerConsistent();
    }

    @Test
    void whenRedemptionIsRefundedThenStockAndBalanceAreRestoredOnce() throws Exception {
        String household = household();
        fund(household, 30);
        String item = item(VILLAGE, 10, 4);
        String redemption = postJson("/api/v1/points/supermarket/redemptions", clerk(),
                "{\"householdId\":\"%s\",\"itemId\":\"%s\",\"quantity\":3}".formatted(household, item)).get("id").asString();
        assertThat(balance(household)).isZero();

        mvc.perform(post("/api/v1/points/supermarket/redemptions/" + redemption + "/refund").header("Authorization", cadre())
                        .contentType("application/json").content("{\"reason\":\"damaged\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUNDED"));
        mvc.perform(post("/api/v1/points/supermarket/redemptions/" + redemption + "/refund").header("Authorization", cadre())
                        .contentType("application/json").content("{\"reason\":\"again\"}"))
                .andExpect(status().isConflict());

        assertThat(balance(household)).isEqualTo(30);
        assertThat(stock(item)).isEqualTo(4);
        assertLedgerConsistent();
    }

    @Test
    void whenItemNamesNoTownshipThenTheGridsIsTakenAndADifferentOneIsRefusedNamingIt() throws Exception {
        var created = postJson("/api/v1/points/supermarket/items", clerk(),
                "{\"villageId\":\"%s\",\"name\":\"salt\",\"price\":2,\"stock\":1}".formatted(VILLAGE));
        assertThat(created.get("townshipId").asString()).isEqualTo(TOWNSHIP);
        long before = count("items");
        mvc.perform(post("/api/v1/points/supermarket/items").header("Authorization", countyAdmin())
                        .contentType("application/json")
                        .content("{\"townshipId\":\"%s\",\"villageId\":\"%s\",\"name\":\"salt\",\"price\":2,\"stock\":1}"
                                .formatted(FAR_TOWNSHIP, VILLAGE)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("townshipId"));
        mvc.perform(post("/api/v1/points/supermarket/items").header("Authorization", countyAdmin())
                        .contentType("application/json")
                        .content("{\"villageId\":\"v-nowhere\",\"name\":\"salt\",\"price\":2,\"stock\":1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("villageId"));
        assertThat(count("items")).isEqualTo(before);
    }

    @Test
    void whenTopUpIsRecordedThenStockGrowsAndTheTopUpIsListed() throws Exception {
        String item = item(VILLAGE, 10, 1);
        mvc.perform(post("/api/v1/points/supermarket/items/" + item + "/top-ups").header("Authorization", clerk())
                        .contentType("application/json").content("{\"quantity\":20,\"note\":\"merchant gift\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stock").value(21))
                .andExpect(jsonPath("$.topUps[1].note").value("merchant gift"));
    }

    @Test
    void whenDriverDiesAfterReservingStockThenRecoveryPutsTheStockBack() throws Exception {
        String household = household();
        fund(household, 10);
        String itemId = item(VILLAGE, 10, 2);
        String id = TenantContext.call(DAYE, () -> {
            Item item = mongo.findById(itemId, Item.class);
            Redemption pending = Redemption.start("crash-" + java.util.UUID.randomUUID(), household, TOWNSHIP, VILLAGE, item,
                    1, "clerk-1", clock.instant(), clock.instant().plusSeconds(120));
            mongo.insert(pending);
            assertThat(saga.reserveStock(pending)).isTrue();
            return pending.id();
        });
        assertThat(stock(itemId)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(3));
        TenantContext.call(DAYE, recovery::recoverStale);

        assertThat(stock(itemId)).isEqualTo(2);
        assertThat(balance(household)).isEqualTo(10);
        assertThat(TenantContext.call(DAYE, () -> mongo.findById(id, Redemption.class).status()))
                .isEqualTo(Redemption.Status.FAILED);
        // a debit arriving after recovery gave up cannot land
        Posting late = new Posting("redeem:" + id, household, TOWNSHIP, VILLAGE, null, -10, Posting.Source.REDEMPTION,
                null, null, id, "late", "clerk-1");
        assertThat(TenantContext.call(DAYE, () -> ledger.debit(late))).isEqualTo(Ledger.Outcome.REFUSED);
    }

    @Test
    void whenDriverDiesAfterDebitingThenRecoveryCompletesTheRedemption() throws Exception {
        String household = household();
        fund(household, 10);
        String itemId = item(VILLAGE, 10, 2);
        String id = TenantContext.call(DAYE, () -> {
            Item item = mongo.findById(itemId, Item.class);
            Redemption pending = Redemption.start("crash-" + java.util.UUID.randomUUID(), household, TOWNSHIP, VILLAGE, item,
                    1, "clerk-1", clock.instant(), clock.instant().plusSeconds(120));
            mongo.insert(pending);
            saga.reserveStock(pending);
            ledger.debit(new Posting(pending.entryId(), household, TOWNSHIP, VILLAGE, null, -10, Posting.Source.REDEMPTION,
                    null, null, pending.id(), "1 x soap", "clerk-1"));
            return pending.id();
        });

        clock.advance(Duration.ofMinutes(3));
        TenantContext.call(DAYE, recovery::recoverStale);

        assertThat(TenantContext.call(DAYE, () -> mongo.findById(id, Redemption.class).status()))
                .isEqualTo(Redemption.Status.COMPLETED);
        assertThat(stock(itemId)).isEqualTo(1);
        assertThat(balance(household)).isZero();
    }

    /** A household with 10 points, an item of price 10 with 2 in stock, and a redemption of one left half-done. */
    private record HalfDone(String household, String itemId, Redemption redemption) {
    }

    /** The redemption's driver is killed between writing the debit's line and debiting the account. */
    private HalfDone killedBetweenTheTwoWritesOfItsDebit() throws Exception {
        String household = household();
        fund(household, 10);
        String itemId = item(VILLAGE, 10, 2);
        RedemptionSaga dying = new RedemptionSaga(mongo, KilledLedger.betweenTheTwoWrites(mongo, outbox, time, properties,
                clock), outbox, properties, time);
        HouseholdPlace place = new HouseholdPlace(household, TOWNSHIP, VILLAGE, null, null, null, null, 1, true);
        assertThatThrownBy(() -> TenantContext.call(DAYE, () -> dying.redeem(place, mongo.findById(itemId, Item.class), 1,
                "clerk-1"))).isInstanceOf(DataAccessResourceFailureException.class);
        return new HalfDone(household, itemId, TenantContext.call(DAYE, () -> mongo.findOne(
                Query.query(Criteria.where("householdId").is(household).and("itemId").is(itemId)), Redemption.class)));
    }

    /** The state of the debit's passbook line (PENDING, APPLIED, REFUSED, VOID). */
    private String lineOf(Redemption redemption) {
        return TenantContext.call(DAYE, () -> mongo.findById(redemption.entryId(), Document.class, "passbook_entries"))
                .getString("state");
    }

    /** Once the driver's lease ran out the recovery sweep finishes the saga: its status, its debit's line, stock and balance. */
    private void assertRecoveredAfterTheLease(HalfDone halfDone, Redemption.Status status, String line,
                                              int stock, long balance) throws Exception {
        clock.advance(Duration.ofMinutes(3));
        TenantContext.call(DAYE, recovery::recoverStale);

        Redemption redemption = halfDone.redemption();
        assertThat(TenantContext.call(DAYE, () -> mongo.findById(redemption.id(), Redemption.class).status()))
                .isEqualTo(status);
        assertThat(lineOf(redemption)).isEqualTo(line);
        assertThat(stock(halfDone.itemId())).isEqualTo(stock);
        assertThat(balance(halfDone.household())).isEqualTo(balance);
    }

    @Test
    void whenDriverIsKilledBetweenTheTwoWritesOfTheDebitThenRecoveryFailsItAndALateDebitCannotLand() throws Exception {
        HalfDone halfDone = killedBetweenTheTwoWritesOfItsDebit();
        String household = halfDone.household();
        String itemId = halfDone.itemId();
        Redemption pending = halfDone.redemption();
        assertThat(pending.status()).isEqualTo(Redemption.Status.PENDING);
        assertThat(lineOf(pending)).isEqualTo("PENDING");
        assertThat(stock(itemId)).isEqualTo(1);
        assertThat(balance(household)).isEqualTo(10);
        assertLedgerConsistent();

        assertRecoveredAfterTheLease(halfDone, Redemption.Status.FAILED, "VOID", 2, 10);
        // the killed driver's own retry comes too late: the line is void for good
        assertThat(TenantContext.call(DAYE, () -> ledger.debit(pending.debit()))).isEqualTo(Ledger.Outcome.REFUSED);
        assertThat(balance(household)).isEqualTo(10);
        assertLedgerConsistent();
    }

    @Test
    void whenTheKilledDebitIsDecidedBeforeRecoveryThenRecoveryCompletesTheRedemptionAndDebitsOnce() throws Exception {
        HalfDone halfDone = killedBetweenTheTwoWritesOfItsDebit();
        String household = halfDone.household();
        Redemption pending = halfDone.redemption();

        // the next attempt of the same debit decides the line the killed driver wrote
        assertThat(TenantContext.call(DAYE, () -> ledger.debit(pending.debit()))).isEqualTo(Ledger.Outcome.POSTED);
        assertRecoveredAfterTheLease(halfDone, Redemption.Status.COMPLETED, "APPLIED", 1, 0);
        assertThat(TenantContext.call(DAYE, () -> ledger.debit(pending.debit()))).isEqualTo(Ledger.Outcome.ALREADY_POSTED);
        assertThat(balance(household)).isZero();
        assertLedgerConsistent();
    }
}
