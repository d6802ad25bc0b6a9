package org.villagegov.platform.background;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.villagegov.platform.data.TenantMongoDatabaseFactory;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;
import org.villagegov.platform.test.CommandCount;
import org.villagegov.platform.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sweep goes through every county once after a start, then only through marked ones; work that
 * falls due only later (or that failed) keeps its county marked, from the first sweep on too.
 */
class PendingCountiesTests {

    private static final Duration SETTLE = Duration.ofMinutes(1);
    private static final List<Tenant> COUNTIES = List.of(county("busy"), county("later"), county("idle"));

    @RegisterExtension
    final CommandCount commands = new CommandCount();
    private final MongoTemplate mongo = new MongoTemplate(new TenantMongoDatabaseFactory(commands.client(), "pendingtests"));
    private final String collection = "pending_" + UUID.randomUUID().toString().replace("-", "");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    /** The work each county holds: how many items are due now, and how many fall due only later. */
    private final Map<String, int[]> work = new ConcurrentHashMap<>();
    private final List<String> worked = new ArrayList<>();

    @Test
    void whenACountyIsIdleThenOnlyTheFirstSweepAfterAStartLooksAtIt() {
        work.put("busy", new int[] {2, 0});
        work.put("later", new int[] {0, 1});
        PendingCounties pending = new PendingCounties(mongo, collection, clock, SETTLE);

        assertThat(sweep(pending)).isEqualTo(2);
        assertThat(worked).containsExactlyInAnyOrder("busy", "later", "idle");
        assertThat(marked()).as("the county with work due later is marked, the others hold nothing").containsExactly("later");

        commands.reset();
        assertThat(sweep(pending)).isZero();
        assertThat(worked).as("the idle and the finished county are not looked at").containsExactly("later");
        assertThat(commands.to("pendingtests_platform")).as("one read of the marks").isEqualTo(1);
        assertThat(commands.to("pendingtests_idle")).isZero();
    }

    @Test
    void whenWorkFallsDueAfterARestartThenItsCountyIsStillSweptAndLetGoOnceDone() {
        PendingCounties before = new PendingCounties(mongo, collection, clock, SETTLE);
        before.mark("busy");  // marked before its work is stored
        work.put("busy", new int[] {0, 1});

        PendingCounties restarted = new PendingCounties(mongo, collection, clock, SETTLE);
        sweep(restarted);
        sweep(restarted);
        assertThat(worked).containsExactly("busy");
        assertThat(marked()).containsExactly("busy");

        work.put("busy", new int[] {1, 0});  // the notice period is over
        clock.advance(SETTLE.plusSeconds(1));
        assertThat(sweep(restarted)).isEqualTo(1);
        assertThat(marked()).as("nothing left and the mark has settled: let go").isEmpty();

        sweep(restarted);
        assertThat(worked).isEmpty();
    }

    @Test
    void whenACountyIsMarkedAgainWhileItIsSweptThenTheMarkStays() {
        PendingCounties pending = new PendingCounties(mongo, collection, clock, SETTLE);
        sweep(pending);
        pending.mark("busy");
        clock.advance(SETTLE.plusSeconds(1));

        PendingCounties other = new PendingCounties(mongo, collection, clock, SETTLE);  // another instance stores work
        pending.sweep(COUNTIES, () -> {
            other.mark("busy");
            return 0;
        }, () -> true);

        assertThat(marked()).as("the mark was written again after the sweep read it").containsExactly("busy");
    }

    /** One sweep, recording the counties it worked in; the due items are done, the later ones stay. */
    private int sweep(PendingCounties pending) {
        worked.clear();
        return pending.sweep(COUNTIES, () -> {
            String county = TenantContext.require();
            worked.add(county);
            int[] held = work.getOrDefault(county, new int[] {0, 0});
            int done = held[0];
            held[0] = 0;
            return done;
        }, () -> {
            int[] held = work.getOrDefault(TenantContext.require(), new int[] {0, 0});
            return held[0] + held[1] == 0;
        });
    }

    private List<String> marked() {
        return TenantContext.call(TenantId.PLATFORM, () -> mongo.findAll(Document.class, collection)).stream()
                .map(document -> document.getString("_id")).toList();
    }

    private static Tenant county(String id) {
        return new Tenant(id, "https://issuer.test/realms/" + id, "hubei", Tenant.Status.ACTIVE, null);
    }
}
