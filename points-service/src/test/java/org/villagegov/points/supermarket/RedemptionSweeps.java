package org.villagegov.points.supermarket;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.villagegov.platform.tenancy.TenantContext;

/** Half-done redemptions and their recovery sweep, for tests of other packages, which cannot see the supermarket's types. */
public final class RedemptionSweeps {

    private RedemptionSweeps() {
    }

    /**
     * A redemption of one piece of {@code itemId} whose driver died after reserving the stock, its county marked
     * first as the counter does, its lease running out at the clock's now: answers its id.
     */
    public static String leftHalfDone(ApplicationContext context, String county, String itemId, String householdId,
                                      String townshipId, String villageId, Clock clock) {
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        RedemptionSaga saga = context.getBean(RedemptionSaga.class);
        return TenantContext.call(county, () -> {
            context.getBean(RedemptionRecovery.class).expect();
            Redemption pending = Redemption.start("crash-" + UUID.randomUUID(), householdId, townshipId, villageId,
                    mongo.findById(itemId, Item.class), 1, "clerk-1", clock.instant(), clock.instant());
            mongo.insert(pending);
            if (!saga.reserveStock(pending)) {
                throw new IllegalStateException("no stock left to reserve for " + pending.id());
            }
            return pending.id();
        });
    }

    /** Recovers the county's stale sagas as the scheduled sweep would; answers how many this instance took over. */
    public static int recoverStale(ApplicationContext context, String county) {
        RedemptionRecovery recovery = context.getBean(RedemptionRecovery.class);
        return TenantContext.call(county, recovery::recoverStale);
    }
}
