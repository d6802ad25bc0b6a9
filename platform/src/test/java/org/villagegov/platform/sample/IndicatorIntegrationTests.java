package org.villagegov.platform.sample;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.villagegov.platform.indicator.IndicatorLedger;
import org.villagegov.platform.indicator.IndicatorMaintenance;
import org.villagegov.platform.indicator.IndicatorRefresher;
import org.villagegov.platform.indicator.IndicatorSource;
import org.villagegov.platform.messaging.EventEnvelope;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;
import org.villagegov.platform.test.GridLookupStub;
import org.villagegov.platform.test.TestTokens;
import org.villagegov.platform.time.CountyTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;
import static org.villagegov.platform.test.TestTenants.PLATFORM;

/**
 * Indicators kept as read models over the sample's {@code facts}: the figures for any period and
 * level, exactly once however changes arrive (twice, after a crash, from two instances at once),
 * reconciliation, and who may read which table.
 */
@SampleIntegrationTest
class IndicatorIntegrationTests {

    static final String INDICATORS = "/api/v1/sample/indicators";
    static final String JINHU = "t-jinhu";
    static final String CHENGGUAN = "t-chengguan";
    static final String BAISHA = "v-baisha";
    static final String FAR = "v-far";
    static final GridLookupStub grid = new GridLookupStub(DAYE, JINHU, BAISHA).village(FAR, CHENGGUAN);

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    IndicatorLedger ledger;
    @Autowired
    IndicatorSource source;
    @Autowired
    IndicatorMaintenance maintenance;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    CountyTime time;
    @Autowired
    MeterRegistry meters;

    LocalDate today;
    LocalDate thisMonth;
    LocalDate lastMonth;
    LocalDate twoMonthsAgo;

    @DynamicPropertySource
    static void gridUrl(DynamicPropertyRegistry registry) {
        registry.add("services.grid-uri", grid::url);
        registry.add("platform.indicators.reconcile-at", () -> "00:00");
    }

    @AfterAll
    static void stopStub() {
        grid.close();
    }

    @BeforeEach
    void freshCounty() {
        TenantContext.run(DAYE, () -> {
            for (String collection : List.of(FactIndicators.FACTS, "indicators", "indicator_villages", "indicator_meta",
                    "indicator_due")) {
                mongo.remove(new Query(), collection);
            }
        });
        TenantContext.run(PLATFORM, () -> List.of("indicators", "indicator_meta").forEach(c -> mongo.remove(new Query(), c)));
        today = time.today();
        thisMonth = today.withDayOfMonth(1);
        lastMonth = thisMonth.minusMonths(1);
        twoMonthsAgo = thisMonth.minusMonths(2);
    }

    /** A: opened two months ago, closed last month, overdue in between; B: open and overdue since last month; C: new today; D: elsewhere. */
    void scenario() {
        fact("A", BAISHA, JINHU, twoMonthsAgo.plusDays(4), lastMonth.plusDays(2), twoMonthsAgo.plusDays(20), 0);
        fact("B", BAISHA, JINHU, lastMonth.plusDays(5), null, lastMonth.plusDays(10), 0);
        fact("C", BAISHA, JINHU, today, null, today.plusDays(30), 0);
        fact("D", FAR, CHENGGUAN, lastMonth.plusDays(1), lastMonth.plusDays(3), null, 5);
        refreshAll();
    }

    @Test
    void whenFactsChangeThenEachLevelShowsFlowsOfThePeriodAndStocksAsOfItsLastDay() throws Exception {
        scenario();
        String previous = YearMonth.from(lastMonth).toString();

        read(countyAdmin(), "period=" + previous)
                .andExpect(jsonPath("$.level").value("COUNTY"))
                .andExpect(jsonPath("$.rowLevel").value("TOWNSHIP"))
                .andExpect(jsonPath("$.period.asOf").value(YearMonth.from(lastMonth).atEndOfMonth().toString()))
                .andExpect(jsonPath("$.columns[0].key").value("factsOpened"))
                .andExpect(jsonPath("$.columns[0].label").value("新增事项"))
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[0].id").value(CHENGGUAN))
                .andExpect(jsonPath("$.rows[0].name").value(CHENGGUAN))
                .andExpect(jsonPath("$.rows[0].values.factsOpened").value(1))
                .andExpect(jsonPath("$.rows[0].values.factsOpen").value(0))
                .andExpect(jsonPath("$.rows[0].values.pointsGiven").value(5))
                .andExpect(jsonPath("$.rows[1].id").value(JINHU))
                .andExpect(jsonPath("$.rows[1].values.factsOpened").value(1))
                .andExpect(jsonPath("$.rows[1].values.factsOpen").value(1))
                .andExpect(jsonPath("$.rows[1].values.factsOverdue").value(1))
                .andExpect(jsonPath("$.total.factsOpened").value(2))
                .andExpect(jsonPath("$.total.factsOpen").value(1))
                .andExpect(jsonPath("$.total.factsClosedPercent").value(100.0))
                // A took the last bucket (10+ days), D two days: the median lies between
                .andExpect(jsonPath("$.total.medianDaysToClose").value(6.0));

        read(countyAdmin(), "")
                .andExpect(jsonPath("$.period.from").value(thisMonth.toString()))
                .andExpect(jsonPath("$.period.asOf").value(today.toString()))
                .andExpect(jsonPath("$.total.factsOpened").value(1))
                .andExpect(jsonPath("$.total.factsOpen").value(2))
                .andExpect(jsonPath("$.total.factsOverdue").value(1))
                .andExpect(jsonPath("$.total.medianDaysToClose").doesNotExist())
                .andExpect(jsonPath("$.trend.length()").value(12))
                .andExpect(jsonPath("$.trend[11].month").value(YearMonth.from(today).toString()))
                .andExpect(jsonPath("$.trend[11].values.factsOpened").value(1))
                .andExpect(jsonPath("$.trend[10].values.factsOpened").value(2))
                .andExpect(jsonPath("$.trend[10].values.factsOpen").value(1))
                .andExpect(jsonPath("$.trend[9].values.factsOpened").value(1))
                .andExpect(jsonPath("$.trend[9].values.factsOpen").value(1));

        read(countyAdmin(), "from=" + twoMonthsAgo.plusDays(4) + "&to=" + twoMonthsAgo.plusDays(10))
                .andExpect(jsonPath("$.total.factsOpened").value(1))
                .andExpect(jsonPath("$.total.factsOpen").value(1))
                .andExpect(jsonPath("$.total.factsOverdue").value(0));

        read(countyAdmin(), "period=" + previous + "&township=" + JINHU)
                .andExpect(jsonPath("$.level").value("TOWNSHIP"))
                .andExpect(jsonPath("$.rowLevel").value("VILLAGE"))
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].id").value(BAISHA))
                .andExpect(jsonPath("$.rows[0].values.factsOverdue").value(1))
                .andExpect(jsonPath("$.total.factsOpened").value(1));
    }

    @Test
    void whenAnEventNamesAVillageThenItsFiguresFollowAndADuplicateChangesNothing() throws Exception {
        scenario();
        fact("E", FAR, CHENGGUAN, today, null, null, 0);
        Message event = event(UUID.randomUUID().toString(), FAR);
        rabbit.send("sample.events", "fact.recorded", event);

        await().atMost(Duration.ofSeconds(10)).until(() -> total("factsOpen") == 3);
        List<Document> kept = keptDocuments();
        rabbit.send("sample.events", "fact.recorded", event);
        rabbit.send("sample.events", "fact.recorded", event(UUID.randomUUID().toString(), FAR));
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> total("factsOpen") == 3);
        assertThat(keptDocuments()).isEqualTo(kept);
        assertThat(TenantContext.call(DAYE, () -> ledger.refresh(FAR))).isFalse();
    }

    @Test
    void whenABurstOfEventsNamesOneVillageThenItIsRefreshedAfterTheBurstAndNoMarkIsLeft() throws Exception {
        scenario();
        long seqBefore = TenantContext.call(DAYE, () -> mongo.findById(FAR, Document.class, "indicator_villages"))
                .get("seq", Number.class).longValue();
        for (int i = 0; i < 30; i++) {
            fact("burst-" + i, FAR, CHENGGUAN, today, null, null, 1);
            rabbit.send("sample.events", "fact.recorded", event(UUID.randomUUID().toString(), FAR));
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> total("factsOpen") == 2 + 30
                && TenantContext.call(DAYE, () -> mongo.count(new Query(), "indicator_due")) == 0);
        long refreshes = TenantContext.call(DAYE, () -> mongo.findById(FAR, Document.class, "indicator_villages"))
                .get("seq", Number.class).longValue() - seqBefore;
        assertThat(refreshes).as("refreshes for 30 events").isBetween(1L, 30L);
        assertThat(drifts()).isZero();
    }

    @Test
    void whenAVillageIsMarkedDueAndItsNudgeIsLostThenTheSweepOfItsMarkedCountyRefreshesItAndIdleCountiesAreLeftAlone()
            throws Exception {
        scenario();
        maintenance.sweep();  // the first sweep after start goes through every county; from then on only marked ones
        fact("lost", FAR, CHENGGUAN, today, null, null, 0);
        // an instance that marks the village and dies before its refresher runs
        IndicatorRefresher dying = new IndicatorRefresher(mongo, ledger, time.clock(), Duration.ofMillis(250));
        TenantContext.run(DAYE, () -> dying.markDue(FAR));
        assertThat(countyMark(DAYE)).as("the county is marked before its village").isNotNull();
        // a village marked due in another county without its county's mark (as no write of this version leaves it)
        TenantContext.run(LINXIAN, () -> mongo.upsert(Query.query(Criteria.where("_id").is("v-unmarked")),
                new Update().set("mark", "m").set("at", new Date()), "indicator_due"));

        maintenance.sweep();

        assertThat(total("factsOpen")).isEqualTo(3);
        assertThat(countyMark(DAYE)).as("kept for a lease after its last mark").isNotNull();
        assertThat(TenantContext.call(LINXIAN, () -> mongo.count(new Query(), "indicator_due"))).as("not swept").isOne();

        TenantContext.run(TenantId.PLATFORM, () -> mongo.updateFirst(Query.query(Criteria.where("_id").is(DAYE)),
                new Update().set("at", Date.from(Instant.now().minus(Duration.ofMinutes(5)))), "indicator_due_counties"));
        maintenance.sweep();
        assertThat(countyMark(DAYE)).as("let go once settled with nothing due").isNull();
        TenantContext.run(LINXIAN, () -> mongo.remove(Query.query(Criteria.where("_id").is("v-unmarked")), "indicator_due"));
    }

    @Test
    void whenAVillageIsMarkedAgainWhileItIsRefreshedThenItWaitsForTheNextRefreshInsteadOfFollowingAtOnce() throws Exception {
        scenario();
        IndicatorLedger busy = org.mockito.Mockito.spy(ledger);
        // an event about the village arrives while it is being re-derived
        org.mockito.Mockito.doAnswer(call -> {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(FAR)), new Update().set("mark", UUID.randomUUID().toString()),
                    "indicator_due");
            return call.callRealMethod();
        }).when(busy).refresh(FAR);
        IndicatorRefresher refresher = new IndicatorRefresher(mongo, busy, time.clock(), Duration.ofMillis(250));
        TenantContext.run(DAYE, () -> mongo.upsert(Query.query(Criteria.where("_id").is(FAR)),
                new Update().set("mark", "m").set("at", new Date()), "indicator_due"));

        assertThat(TenantContext.call(DAYE, refresher::refreshDue)).isOne();
        org.mockito.Mockito.verify(busy, org.mockito.Mockito.times(1)).refresh(FAR);
        assertThat(TenantContext.call(DAYE, () -> mongo.count(new Query(), "indicator_due"))).as("marked again: kept").isOne();

        org.mockito.Mockito.doCallRealMethod().when(busy).refresh(FAR);
        assertThat(TenantContext.call(DAYE, refresher::refreshDue)).isOne();
        assertThat(TenantContext.call(DAYE, () -> mongo.count(new Query(), "indicator_due"))).as("settled").isZero();
    }

    @Test
    void whenTheRefresherIsStoppedWithARefreshScheduledAndStartedAgainThenTheNextMarkIsRefreshed() throws Exception {
        // as Spring stops and starts a context (a paused test context, a restart): the dropped refresh must not block the next
        scenario();
        IndicatorRefresher refresher = new IndicatorRefresher(mongo, ledger, time.clock(), Duration.ofMillis(300));
        refresher.start();
        fact("restart", FAR, CHENGGUAN, today, null, null, 0);
        TenantContext.run(DAYE, () -> refresher.markDue(FAR));
        refresher.stop();
        refresher.start();
        try {
            TenantContext.run(DAYE, () -> refresher.markDue(FAR));
            await().atMost(Duration.ofSeconds(10)).until(() -> total("factsOpen") == 3
                    && TenantContext.call(DAYE, () -> mongo.count(new Query(), "indicator_due")) == 0);
        } finally {
            refresher.stop();
        }
    }

    private Document countyMark(String county) {
        return TenantContext.call(TenantId.PLATFORM, () -> mongo.findById(county, Document.class, "indicator_due_counties"));
    }

    @Test
    void whenACrashLeftAChangeHalfDoneThenTheSweepFinishesItAndNothingCountsTwice() throws Exception {
        scenario();
        fact("E", BAISHA, JINHU, today, null, today.minusDays(1), 0);
        MongoTemplate failing = spy(mongo);
        // the county's own documents took the change, then the process died before the province's copy did
        AtomicInteger writes = new AtomicInteger();
        doAnswer(call -> {
            if (writes.incrementAndGet() == 2) {
                throw new IllegalStateException("the process died here");
            }
            return call.callRealMethod();
        }).when(failing).bulkOps(any(BulkOperations.BulkMode.class), eq("indicators"));
        IndicatorLedger crashing = new IndicatorLedger(failing, source, time.clock());

        assertThatThrownBy(() -> TenantContext.run(DAYE, () -> crashing.refresh(BAISHA))).hasMessageContaining("died");
        assertThat(TenantContext.call(DAYE, () -> mongo.findById(BAISHA, Document.class, "indicator_villages")).get("pending"))
                .isNotNull();

        assertThat(TenantContext.call(DAYE, () -> ledger.completeStale(Duration.ZERO))).isEqualTo(1);
        assertThat(TenantContext.call(DAYE, () -> ledger.completeStale(Duration.ZERO))).isZero();
        assertThat(total("factsOpen")).isEqualTo(3);
        assertThat(drifts()).isZero();
    }

    @Test
    void whenTwoInstancesRefreshTheSameVillagesAtOnceThenEveryChangeCountsOnce() throws Exception {
        scenario();
        IndicatorLedger otherInstance = new IndicatorLedger(mongo, source, time.clock());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            IndicatorLedger instance = n % 2 == 0 ? ledger : otherInstance;
            String village = n % 3 == 0 ? FAR : BAISHA;
            work.add(threads.submit(() -> TenantContext.run(DAYE, () -> {
                fact("P" + n, village, village.equals(FAR) ? CHENGGUAN : JINHU, today.minusDays(n % 20), null, null, n);
                instance.refresh(village);
            })));
        }
        for (Future<?> done : work) {
            done.get();
        }
        threads.shutdown();
        refreshAll();

        assertThat(drifts()).isZero();
        assertThat(total("factsOpen")).isEqualTo(2 + 40);
    }

    @Test
    void whenACounterIsCorruptedThenTheDriftCheckFindsItAndTheRepairSetsItRight() throws Exception {
        scenario();
        // a later change touches only this month: last month's documents keep the older sequence numbers
        fact("E", BAISHA, JINHU, today, null, null, 0);
        refreshAll();
        String county = "C|" + DAYE + "|" + YearMonth.from(lastMonth);
        TenantContext.run(DAYE, () -> mongo.updateFirst(Query.query(Criteria.where("_id").is(county)),
                new Update().inc("counters.factsOpened", 7), "indicators"));
        String township = "T|" + JINHU + "|" + lastMonth.plusDays(5);
        TenantContext.run(DAYE, () -> mongo.updateFirst(Query.query(Criteria.where("_id").is(township)),
                new Update().inc("counters.factsOpen", -1), "indicators"));
        TenantContext.run(PLATFORM, () -> mongo.updateFirst(Query.query(Criteria.where("_id").is(county)),
                new Update().inc("counters.factsOpened", 3), "indicators"));
        double repairedBefore = meters.counter("indicators.drift.repaired").count();

        mvc.perform(get(INDICATORS + "/drift").param("county", DAYE).header("Authorization", operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.drifts").value(3))
                .andExpect(jsonPath("$.listed[0].document").value(county))
                .andExpect(jsonPath("$.listed[0].counter").value("factsOpened"))
                .andExpect(jsonPath("$.listed[0].kept").value(9))
                .andExpect(jsonPath("$.listed[0].expected").value(2))
                .andExpect(jsonPath("$.listed[1].document").value(township))
                .andExpect(jsonPath("$.listed[1].kept").value(0))
                .andExpect(jsonPath("$.listed[1].expected").value(1))
                .andExpect(jsonPath("$.listed[2].document").value("platform/" + county))
                .andExpect(jsonPath("$.listed[2].kept").value(5))
                .andExpect(jsonPath("$.repaired").value(0));
        mvc.perform(post(INDICATORS + "/drift/repair").param("county", DAYE).header("Authorization", operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.repaired").value(3));

        assertThat(drifts()).isZero();
        assertThat(meters.counter("indicators.drift.repaired").count()).isEqualTo(repairedBefore + 3);
        read(countyAdmin(), "period=" + YearMonth.from(lastMonth)).andExpect(jsonPath("$.total.factsOpened").value(2));
        String hubei = TestTokens.forTenant(PLATFORM).roles("provincial-admin").province("hubei").bearer();
        read(hubei, "period=" + YearMonth.from(lastMonth)).andExpect(jsonPath("$.rows[0].values.factsOpened").value(2));
    }

    @Test
    void whenTheNightlyHourComesThenEachCountyIsRepairedOnceThatDay() throws Exception {
        scenario();
        TenantContext.run(DAYE, () -> {
            mongo.remove(Query.query(Criteria.where("_id").is("reconciled")), "indicator_meta");
            mongo.remove(Query.query(Criteria.where("_id").is("V|" + FAR + "|" + YearMonth.from(lastMonth))), "indicators");
        });

        assertThat(maintenance.nightly()).isGreaterThanOrEqualTo(1);
        assertThat(drifts()).isZero();
        assertThat(maintenance.nightly()).isZero();
    }

    @Test
    void whenOthersAskThenOnlyTheirOwnPlacesOrNothing() throws Exception {
        scenario();
        String hubei = TestTokens.forTenant(PLATFORM).roles("provincial-admin").province("hubei").bearer();
        read(hubei, "period=" + YearMonth.from(lastMonth))
                .andExpect(jsonPath("$.level").value("PROVINCE"))
                .andExpect(jsonPath("$.place.id").value("hubei"))
                .andExpect(jsonPath("$.rows[*].id").value(org.hamcrest.Matchers.contains(DAYE)))
                .andExpect(jsonPath("$.total.factsOpened").value(2));
        read(hubei, "county=" + DAYE).andExpect(jsonPath("$.rowLevel").value("TOWNSHIP"));
        read(hubei, "county=" + DAYE + "&township=" + JINHU).andExpect(jsonPath("$.rows[0].id").value(BAISHA));
        forbidden(hubei, "county=" + LINXIAN);
        forbidden(countyAdmin(), "county=" + LINXIAN);
        forbidden(TestTokens.forTenant(LINXIAN).roles("county-admin").bearer(), "county=" + DAYE);

        String jinhuOfficer = TestTokens.forTenant(DAYE).roles("township-officer").township(JINHU).bearer();
        read(jinhuOfficer, "").andExpect(jsonPath("$.rows[*].id").value(org.hamcrest.Matchers.contains(BAISHA)));
        forbidden(jinhuOfficer, "township=" + CHENGGUAN);
        forbidden(Tokens.cadre(), "");
        forbidden(Tokens.villager(), "");
        forbidden(TestTokens.forTenant(PLATFORM).roles("provincial-admin").bearer(), "");
        mvc.perform(get(INDICATORS)).andExpect(status().isUnauthorized());
        mvc.perform(get(INDICATORS + "/drift").param("county", DAYE).header("Authorization", countyAdmin()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sample/notes/n-1").header("Authorization", hubei)).andExpect(status().isForbidden());
    }

    @Test
    void whenTheRequestIsMalformedThenRefusedNamingTheParameter() throws Exception {
        refused("period=2026-13", 400, "period");
        refused("period=last-month", 400, "period");
        refused("period=1999", 400, "period");
        refused("period=2026-11&from=2026-11-01", 400, "period");
        refused("from=2026-11-01", 400, "to");
        refused("from=2026-11-30&to=2026-11-01", 400, "to");
        refused("from=yesterday&to=2026-11-01", 400, "from");
        refused("county=Not_A_County", 400, "county");
        refused("township=" + "x".repeat(65), 400, "township");
        refused("township=t-nowhere", 422, "township");
        refused("township=" + BAISHA, 422, "township");
        mvc.perform(get(INDICATORS + "/drift").param("county", "atlantis").header("Authorization", operator()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("county"));
    }

    private void refused(String query, int status, String field) throws Exception {
        mvc.perform(get(INDICATORS + "?" + query).header("Authorization", countyAdmin()))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private ResultActions read(String token, String query) throws Exception {
        return mvc.perform(get(INDICATORS + "?" + query).header("Authorization", token)).andExpect(status().isOk());
    }

    private void forbidden(String token, String query) throws Exception {
        mvc.perform(get(INDICATORS + "?" + query).header("Authorization", token)).andExpect(status().isForbidden());
    }

    private void fact(String id, String village, String township, LocalDate opened, LocalDate closed, LocalDate deadline,
                      int points) {
        Document fact = new Document("_id", id).append("village", village).append("township", township)
                .append("opened", opened.toString()).append("closed", closed == null ? null : closed.toString())
                .append("deadline", deadline == null ? null : deadline.toString()).append("points", points);
        TenantContext.run(DAYE, () -> mongo.save(fact, FactIndicators.FACTS));
    }

    private void refreshAll() {
        TenantContext.run(DAYE, () -> source.villages().forEach(ledger::refresh));
    }

    /** The county's figure as the county admin reads it for the current month. */
    private long total(String counter) throws Exception {
        String body = mvc.perform(get(INDICATORS).header("Authorization", countyAdmin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.<Number>read(body, "$.total." + counter).longValue();
    }

    private int drifts() throws Exception {
        String body = mvc.perform(get(INDICATORS + "/drift").param("county", DAYE).header("Authorization", operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Integer.parseInt(body.replaceAll("(?s).*\"drifts\":(\\d+).*", "$1"));
    }

    private List<Document> keptDocuments() {
        return TenantContext.call(DAYE, () -> mongo.find(new Query().with(org.springframework.data.domain.Sort.by("_id")),
                Document.class, "indicators"));
    }

    private static String countyAdmin() {
        return Tokens.countyAdmin();
    }

    private static String operator() {
        return TestTokens.forTenant(PLATFORM).roles("platform-operator").bearer();
    }

    private static Message event(String eventId, String village) {
        String body = """
                {"eventId":"%s","type":"fact.recorded","tenant":"%s","occurredAt":"2026-11-01T08:00:00Z",
                 "payload":{"factId":"x","townshipId":"t","villageId":"%s"}}
                """.formatted(eventId, DAYE, village);
        return MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8)).setContentType("application/json")
                .setMessageId(eventId).setHeader(EventEnvelope.TENANT_HEADER, DAYE).build();
    }

}
