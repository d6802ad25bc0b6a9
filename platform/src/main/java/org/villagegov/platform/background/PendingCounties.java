package org.villagegov.platform.background;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;

/**
 * Which counties may have background work waiting (unsent events, villages due for a refresh),
 * so that a sweep looks at those and not at every county: with thousands of counties, most of
 * them idle, a sweep over all of them would cost queries that grow with the registry.
 * <p>
 * One small document per county in the service's platform database. Work is marked
 * <em>before</em> it is stored ({@link #mark}), so no crash can leave stored work unmarked. A
 * {@link #sweep} reads the marks, does the work of each county, and lets a mark go only when the
 * county has nothing left <em>and</em> the mark is older than {@code settle}: a write that
 * relied on the mark has finished by then, and one that marked again since changed the mark's
 * token, so the conditional removal misses. The first sweep after a start (and the first after
 * {@link #sweepEveryCountyNext}) looks at every active county instead, for work stored by a version
 * without marks or left while the component was stopped, and marks each county it leaves work in
 * (work not due yet, or a county whose work failed), so that later sweeps find it. A mark this instance wrote less than a third of
 * {@code settle} ago is not written again, which keeps a busy county to one extra write per few
 * seconds.
 */
public final class PendingCounties {

    private final MongoTemplate mongo;
    private final String collection;
    private final Clock clock;
    private final Duration settle;
    private final Map<String, Instant> markedHere = new ConcurrentHashMap<>();
    private volatile boolean sweptEveryCounty;

    /** A county's mark as a sweep read it. */
    private record Mark(String county, String token, Instant at) {
    }

    public PendingCounties(MongoTemplate mongo, String collection, Clock clock, Duration settle) {
        this.mongo = mongo;
        this.collection = collection;
        this.clock = clock;
        this.settle = settle;
    }

    /**
     * {@code work} for a sweep in which one county's failure must not stop the others: the failure is
     * logged as {@code what} failing in the county and counts nothing; the county's work is still there,
     * so {@code nothingLeft} keeps its mark and the next sweep tries again.
     */
    public static IntSupplier eachCountyAlone(Logger log, String what, IntSupplier work) {
        return () -> {
            try {
                return work.getAsInt();
            } catch (RuntimeException e) {
                log.warn("{} failed in county {}, the next sweep tries again: {}", what, TenantContext.require(), e.getMessage());
                return 0;
            }
        };
    }

    /** Before work for the county is stored: marks it for the sweep. */
    public void mark(String county) {
        Instant now = clock.instant();
        Instant last = markedHere.get(county);
        if (last != null && !last.isAfter(now) && last.isAfter(now.minus(settle.dividedBy(3)))) {
            return;
        }
        Update update = new Update().set("token", UUID.randomUUID().toString()).set("at", Date.from(now));
        TenantContext.run(TenantId.PLATFORM, () -> mongo.upsert(Query.query(Criteria.where("_id").is(county)), update, collection));
        markedHere.put(county, now);
    }

    /** The next sweep looks at every active county again (call it when the owner starts: work may have been left anywhere). */
    public void sweepEveryCountyNext() {
        sweptEveryCounty = false;
    }

    /**
     * One round: in every marked active county (the first round: every active county, marking those
     * where {@code nothingLeft} does not hold) runs {@code work} in the county's context, and lets
     * the county's mark go if {@code nothingLeft} then holds there; returns the sum of what
     * {@code work} returned. Idle counties cost nothing. {@code nothingLeft} means no work now
     * <em>or later</em>: a county holding work that falls due only later keeps its mark.
     */
    public int sweep(Collection<Tenant> active, IntSupplier work, BooleanSupplier nothingLeft) {
        Set<String> counties = active.stream().map(Tenant::id).collect(Collectors.toSet());
        int done = 0;
        if (!sweptEveryCounty) {
            for (String county : counties) {
                done += TenantContext.call(county, work::getAsInt);
                // work not due yet (a notice period, a deadline) or left by a failure must be found by later sweeps
                if (!TenantContext.call(county, nothingLeft::getAsBoolean)) {
                    mark(county);
                }
            }
            sweptEveryCounty = true;
            return done;
        }
        for (Mark mark : marked()) {
            if (!counties.contains(mark.county())) {
                continue;
            }
            done += TenantContext.call(mark.county(), work::getAsInt);
            if (TenantContext.call(mark.county(), nothingLeft::getAsBoolean)) {
                release(mark);
            }
        }
        return done;
    }

    /** The counties marked now, active or not: one read of the marks, no county's database. */
    public List<String> markedCounties() {
        return marked().stream().map(Mark::county).toList();
    }

    private List<Mark> marked() {
        List<Mark> marks = new ArrayList<>();
        TenantContext.call(TenantId.PLATFORM, () -> mongo.findAll(Document.class, collection)).forEach(document ->
                marks.add(new Mark(document.getString("_id"), document.getString("token"), document.getDate("at").toInstant())));
        return marks;
    }

    /**
     * Lets go of a mark read before the sweep found the county with nothing left: only if it has
     * settled and nobody marked the county again since.
     */
    private void release(Mark mark) {
        if (!mark.at().isBefore(clock.instant().minus(settle))) {
            return;
        }
        Query unchanged = Query.query(Criteria.where("_id").is(mark.county()).and("token").is(mark.token()));
        TenantContext.run(TenantId.PLATFORM, () -> mongo.remove(unchanged, collection));
    }
}
