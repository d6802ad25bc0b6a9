package org.villagegov.points.account;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.result.UpdateResult;
import org.mockito.Mockito;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.config.PointsProperties;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;

/**
 * A ledger whose process dies in the middle of every posting, as a killed process would (the write
 * that fails never reaches the database): the real code runs, on the test database, up to there.
 */
public final class KilledLedger {

    private KilledLedger() {
    }

    /** Killed after write 1 (the line): the account update that would decide it fails. */
    public static Ledger betweenTheTwoWrites(MongoTemplate mongo, Outbox outbox, CountyTime time,
                                             PointsProperties properties, Clock clock) {
        MongoTemplate dying = Mockito.spy(mongo);
        Mockito.doThrow(new DataAccessResourceFailureException("process killed between the line and the account update"))
                .when(dying).updateFirst(any(Query.class), any(UpdateDefinition.class), eq(Ledger.COLLECTION));
        return new Ledger(dying, outbox, time, new LegacyPassbooks(mongo), properties, clock);
    }

    /**
     * Killed after write 2 (the account update decided the line and moved the balance), before the
     * decision is copied onto the line.
     */
    static Ledger beforeTheLineShowsTheDecision(MongoTemplate mongo, Outbox outbox, CountyTime time,
                                                PointsProperties properties, Clock clock) {
        MongoTemplate dying = Mockito.spy(mongo);
        AtomicBoolean decided = new AtomicBoolean();
        Mockito.doAnswer(call -> {
            UpdateResult result = (UpdateResult) call.callRealMethod();
            decided.set(result.getModifiedCount() == 1);
            return result;
        }).when(dying).updateFirst(any(Query.class), any(UpdateDefinition.class), eq(Ledger.COLLECTION));
        Mockito.doAnswer(call -> {
            if (decided.get()) {
                throw new DataAccessResourceFailureException("process killed between the account update and the line's mark");
            }
            return call.callRealMethod();
        }).when(dying).updateFirst(any(Query.class), any(UpdateDefinition.class), eq(PassbookEntry.class));
        return new Ledger(dying, outbox, time, new LegacyPassbooks(mongo), properties, clock);
    }
}
