package org.villagegov.points.account;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.CommandCount;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.PointsTestSupport;
import org.villagegov.points.config.PointsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villagegov.platform.test.TestTenants.DAYE;

/**
 * The sweep that decides passbook lines left undecided, as an instance that has just started runs
 * it (built here over a client that counts commands): an idle county costs it queries on the first
 * sweep only, and a line whose writer was killed between the two writes is still decided once.
 */
class LedgerRecoverySweepIntegrationTests extends PointsTestSupport {

    private static final String IDLE_DATABASE = "points_" + IDLE_COUNTY;

    @Autowired
    Ledger ledger;
    @Autowired
    Outbox outbox;
    @Autowired
    CountyTime time;
    @Autowired
    PointsProperties properties;

    @RegisterExtension
    final CommandCount commands = new CommandCount();

    private LedgerRecovery started() {
        MongoTemplate counted = countedBy(commands);
        Ledger fresh = new Ledger(counted, outbox, time, new LegacyPassbooks(counted), properties, clock);
        return new LedgerRecovery(counted, fresh, withIdleCounty(), properties, time);
    }

    @Test
    void whenACountyIsIdleThenOnlyTheFirstSweepQueriesItAndALineLeftUndecidedIsStillDecided() throws Exception {
        LedgerRecovery started = started();
        started.sweep();
        assertThat(commands.to(IDLE_DATABASE)).as("the first sweep after a start looks at every county").isPositive();

        String household = household();
        fund(household, 10);
        String id = UUID.randomUUID().toString();
        Posting award = new Posting("award:" + id, household, TOWNSHIP, VILLAGE, null, 5, Posting.Source.AWARD,
                "volunteering", 1, id, "seen helping", "cadre-1", LocalDate.of(2026, 11, 20));
        Ledger killed = KilledLedger.betweenTheTwoWrites(mongo, outbox, time, properties, clock);
        assertThatThrownBy(() -> TenantContext.call(DAYE, () -> killed.post(award)))
                .isInstanceOf(DataAccessResourceFailureException.class);
        commands.reset();
        clock.advance(Duration.ofMinutes(3));

        started.sweep();

        assertThat(TenantContext.call(DAYE, () -> mongo.findById(award.entryId(), PassbookEntry.class)).state())
                .isEqualTo(PassbookEntry.State.APPLIED);
        assertThat(TenantContext.call(DAYE, () -> ledger.balance(household))).isEqualTo(15);
        assertThat(commands.to(IDLE_DATABASE)).as("an idle county costs later sweeps nothing").isZero();
    }
}
