package org.villagegov.points.supermarket;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;
import org.villagegov.platform.test.CommandCount;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.PointsTestSupport;
import org.villagegov.points.config.PointsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.platform.test.TestTenants.DAYE;

/**
 * The recovery sweep of an instance that has just started (built here over a client that counts
 * commands): an idle county costs it queries on the first sweep only, and a saga left half-done
 * is still finished, whether it was left before the start or after.
 */
class RedemptionRecoverySweepIntegrationTests extends PointsTestSupport {

    private static final String IDLE_DATABASE = "points_" + IDLE_COUNTY;

    @Autowired
    RedemptionSaga saga;
    @Autowired
    RedemptionRecovery recovery;
    @Autowired
    PointsProperties properties;
    @Autowired
    CountyTime time;

    @RegisterExtension
    final CommandCount commands = new CommandCount();

    private RedemptionRecovery started() {
        return new RedemptionRecovery(countedBy(commands), saga, withIdleCounty(), properties, time, clock);
    }

    /** A redemption whose driver died after reserving the stock, its county marked first as the counter does. */
    private String leftHalfDone() throws Exception {
        // a mark this instance wrote less than a third of its settling time ago is not written again
        clock.advance(Duration.ofMinutes(1));
        String item = postJson("/api/v1/points/supermarket/items", clerk(), """
                {"villageId":"%s","name":"soap","price":10,"stock":2}
                """.formatted(VILLAGE)).get("id").asString();
        return TenantContext.call(DAYE, () -> {
            recovery.expect();
            Redemption pending = Redemption.start("crash-" + UUID.randomUUID(), household(), TOWNSHIP, VILLAGE,
                    mongo.findById(item, Item.class), 1, "clerk-1", clock.instant(), clock.instant().plusSeconds(120));
            mongo.insert(pending);
            assertThat(saga.reserveStock(pending)).isTrue();
            return pending.id();
        });
    }

    private Redemption.Status status(String id) {
        return TenantContext.call(DAYE, () -> mongo.findById(id, Redemption.class).status());
    }

    @Test
    void whenACountyIsIdleThenOnlyTheFirstSweepQueriesItAndAHalfDoneSagaIsStillFinished() throws Exception {
        RedemptionRecovery started = started();
        started.sweep();
        assertThat(commands.to(IDLE_DATABASE)).as("the first sweep after a start looks at every county").isPositive();

        String redemption = leftHalfDone();
        commands.reset();
        clock.advance(Duration.ofMinutes(3));
        started.sweep();

        assertThat(status(redemption)).isEqualTo(Redemption.Status.FAILED);
        assertThat(commands.to(IDLE_DATABASE)).as("an idle county costs later sweeps nothing").isZero();
    }

    @Test
    void whenASagaWasLeftHalfDoneBeforeAStartWithoutAMarkThenTheFirstSweepFinishesIt() throws Exception {
        String redemption = leftHalfDone();
        // as if left by a version without marks
        TenantContext.run(TenantId.PLATFORM, () -> mongo.remove(Query.query(Criteria.where("_id").is(DAYE)),
                RedemptionRecovery.PENDING));
        clock.advance(Duration.ofMinutes(3));

        started().sweep();

        assertThat(status(redemption)).isEqualTo(Redemption.Status.FAILED);
    }
}
