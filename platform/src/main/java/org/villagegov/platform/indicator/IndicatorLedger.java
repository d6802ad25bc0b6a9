package org.villagegov.platform.indicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.util.Pair;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;

/**
 * Keeps the indicator documents of the current county in step with its villages' raw records,
 * exactly once per change and without multi-document transactions.
 * <p>
 * Per village a ledger document ({@value #LEDGER}) holds what is already counted and a sequence
 * number. A refresh works out the village's history again, and in one conditional write stores
 * it with the difference to what was counted as a <em>pending</em> change and the next sequence
 * number. The pending change is then added ({@code $inc}) to the village's, its township's and
 * the county's day and month documents ({@value #VIEW}); each of those remembers, per village,
 * the last sequence number it took, and takes a change only if its number is higher. So a
 * change is added once to each document however often it is retried, by whichever instance,
 * after whatever crash; the pending change is cleared only after every document took it, and
 * the next refresh, or the sweep, finishes one left behind.
 * <p>
 * The county's documents are also kept, the same way, in the platform's database (one
 * collection for every county: county totals only, nothing below a county and no person), so that
 * a province of a hundred counties is read in one query instead of one per county database.
 */
public class IndicatorLedger {

    static final String LEDGER = "indicator_villages";
    static final String VIEW = "indicators";
    static final String META = "indicator_meta";
    private static final Logger log = LoggerFactory.getLogger(IndicatorLedger.class);
    private static final int ATTEMPTS = 50;
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final IndicatorSource source;
    private final Set<String> counters;
    private final Clock clock;

    public IndicatorLedger(MongoTemplate mongo, IndicatorSource source, Clock clock) {
        this.mongo = mongo;
        this.source = source;
        this.counters = new HashSet<>(source.counters().stream().map(Counter::name).toList());
        this.clock = clock;
    }

    /** Brings one village's indicators in the current county up to its raw records; true when something changed. */
    public boolean refresh(String villageId) {
        return refresh(villageId, null);
    }

    /**
     * The same, starting from a history already worked out (a reconciliation's bulk read); should
     * the village change meanwhile, later attempts work it out again.
     */
    boolean refresh(String villageId, VillageHistory known) {
        VillageHistory given = known;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document ledger = mongo.findById(villageId, Document.class, LEDGER);
            if (ledger != null && ledger.get("pending") instanceof Document pending) {
                complete(villageId, pending);
                continue;
            }
            VillageHistory history = given != null ? given : source.history(villageId);
            given = null;
            Map<String, Map<String, Long>> now = byDay(history);
            Map<String, Map<String, Long>> before = ledger == null ? Map.of() : read(ledger.get("counted", Document.class));
            String township = history.townshipId() != null ? history.townshipId()
                    : ledger == null ? null : ledger.getString("township");
            String townshipBefore = ledger == null ? null : ledger.getString("township");
            List<Document> targets = targets(villageId, township, townshipBefore, before, now);
            if (targets.isEmpty() && (township == null || township.equals(townshipBefore))) {
                return false;
            }
            long seq = ledger == null ? 0 : ledger.get("seq", Number.class).longValue();
            Document pending = new Document("seq", seq + 1).append("targets", targets)
                    .append("at", Date.from(clock.instant()));
            if (ledger == null) {
                try {
                    mongo.insert(new Document("_id", villageId).append("township", township).append("seq", 1L)
                            .append("counted", write(now)).append("pending", pending), LEDGER);
                } catch (DuplicateKeyException concurrentFirstRefresh) {
                    backOff(attempt);
                    continue;
                }
            } else {
                Query unchanged = Query.query(Criteria.where("_id").is(villageId).and("seq").is(seq).and("pending").is(null));
                Update update = new Update().set("counted", write(now)).set("township", township)
                        .set("seq", seq + 1).set("pending", pending);
                if (mongo.updateFirst(unchanged, update, LEDGER).getModifiedCount() != 1) {
                    backOff(attempt);
                    continue;
                }
            }
            complete(villageId, pending);
            return true;
        }
        throw new IllegalStateException("Village " + villageId + " kept changing during " + ATTEMPTS + " refreshes");
    }

    /**
     * After losing a race for the village's ledger to another refresh: waits a moment, longer the
     * more often it lost, so that refreshes of one busy village take turns instead of colliding.
     */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1 + Math.min(attempt, 10) * 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while refreshing", e);
        }
    }

    /** Finishes every pending change older than {@code age} in the current county (left by a crash); returns how many. */
    public int completeStale(Duration age) {
        Date before = Date.from(clock.instant().minus(age));
        int completed = 0;
        for (Document ledger : mongo.find(Query.query(Criteria.where("pending.at").lt(before)), Document.class, LEDGER)) {
            complete(ledger.getString("_id"), ledger.get("pending", Document.class));
            completed++;
        }
        return completed;
    }

    /** The counters each village's ledger holds, by village (what the documents were built from). */
    Map<String, Document> ledgers() {
        Map<String, Document> ledgers = new LinkedHashMap<>();
        mongo.find(new Query(), Document.class, LEDGER).forEach(doc -> ledgers.put(doc.getString("_id"), doc));
        return ledgers;
    }

    private void complete(String villageId, Document pending) {
        long seq = pending.get("seq", Number.class).longValue();
        String applied = "applied." + fieldKey(villageId);
        String earliestMonth = null;
        List<Pair<Query, Update>> changes = new ArrayList<>();
        List<Pair<Query, Update>> provinceCopy = new ArrayList<>();
        for (Document target : pending.getList("targets", Document.class)) {
            Level level = Level.valueOf(target.getString("level"));
            String place = target.getString("place");
            for (Map.Entry<String, Map<String, Long>> period : expand(read(target.get("changes", Document.class))).entrySet()) {
                String id = documentId(level, place, period.getKey());
                Query notYet = Query.query(Criteria.where("_id").is(id)
                        .orOperator(Criteria.where(applied).lt(seq), Criteria.where(applied).exists(false)));
                Update update = new Update().set(applied, seq).setOnInsert("level", level.name())
                        .setOnInsert("place", place).setOnInsert("period", period.getKey());
                period.getValue().forEach((counter, change) -> update.inc("counters." + counter, change));
                changes.add(Pair.of(notYet, update));
                if (level == Level.COUNTY) {
                    // the province's copy of the county's figures, taken exactly once the same way
                    provinceCopy.add(Pair.of(notYet, update));
                }
                String month = period.getKey().substring(0, 7);
                earliestMonth = earliestMonth == null || month.compareTo(earliestMonth) < 0 ? month : earliestMonth;
            }
        }
        take(changes, seq, villageId);
        TenantContext.run(TenantId.PLATFORM, () -> take(provinceCopy, seq, villageId));
        if (earliestMonth != null) {
            Update since = new Update().min("month", earliestMonth);
            mongo.upsert(Query.query(Criteria.where("_id").is("since")), since, META);
            TenantContext.run(TenantId.PLATFORM, () -> mongo.upsert(Query.query(Criteria.where("_id").is("since")), since, META));
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(villageId).and("pending.seq").is(seq)),
                new Update().unset("pending"), LEDGER);
    }

    /**
     * Sends a change's conditional upserts to the current database in one unordered bulk write
     * (one round trip, not one per document; each still applies or not on its own). A document
     * that already took the change does not match its condition, so the upsert tries to insert its
     * id again and fails as a duplicate: that is the "already taken" answer, not an error.
     */
    private void take(List<Pair<Query, Update>> changes, long seq, String villageId) {
        if (changes.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, VIEW).upsert(changes).execute();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            log.debug("{} documents already took change {} of village {}", e.getErrors().size(), seq, villageId);
        }
    }

    /** The first month with indicators in the current county (in the platform's database: of any county), or null. */
    YearMonth since() {
        Document since = mongo.findById("since", Document.class, META);
        return since == null ? null : YearMonth.parse(since.getString("month"));
    }

    /**
     * The documents a change goes to: the village's and the county's take the whole difference;
     * the township's too, unless the village moved to another township, which then gives up
     * everything the village counted and the new one takes all of it.
     */
    private List<Document> targets(String villageId, String township, String townshipBefore,
                                   Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> now) {
        Map<String, Map<String, Long>> difference = minus(now, before);
        List<Document> targets = new ArrayList<>();
        if (!difference.isEmpty()) {
            targets.add(target(Level.VILLAGE, villageId, difference));
            targets.add(target(Level.COUNTY, TenantContext.require(), difference));
        }
        boolean moved = townshipBefore != null && township != null && !townshipBefore.equals(township);
        if (moved) {
            if (!before.isEmpty()) {
                targets.add(target(Level.TOWNSHIP, townshipBefore, minus(Map.of(), before)));
            }
            if (!now.isEmpty()) {
                targets.add(target(Level.TOWNSHIP, township, now));
            }
        } else if (!difference.isEmpty() && township != null) {
            targets.add(target(Level.TOWNSHIP, township, difference));
        }
        return targets;
    }

    private static Document target(Level level, String place, Map<String, Map<String, Long>> changes) {
        return new Document("level", level.name()).append("place", place).append("changes", write(changes));
    }

    private Map<String, Map<String, Long>> byDay(VillageHistory history) {
        Map<String, Map<String, Long>> days = new TreeMap<>();
        history.changes().forEach((day, changes) -> {
            changes.keySet().stream().filter(counter -> !counters.contains(counter)).findAny().ifPresent(unknown -> {
                throw new IllegalStateException("Counter '" + unknown + "' is not among the service's counters");
            });
            days.put(day.toString(), new TreeMap<>(changes));
        });
        return days;
    }

    /** Day changes plus the month sums they add up to. */
    static Map<String, Map<String, Long>> expand(Map<String, Map<String, Long>> days) {
        Map<String, Map<String, Long>> periods = new TreeMap<>(days);
        days.forEach((day, changes) -> {
            Map<String, Long> month = periods.computeIfAbsent(day.substring(0, 7), m -> new TreeMap<>());
            changes.forEach((counter, change) -> month.merge(counter, change, Long::sum));
        });
        periods.values().forEach(changes -> changes.values().removeIf(change -> change == 0));
        periods.values().removeIf(Map::isEmpty);
        return periods;
    }

    static Map<String, Map<String, Long>> minus(Map<String, Map<String, Long>> now, Map<String, Map<String, Long>> before) {
        Map<String, Map<String, Long>> difference = new TreeMap<>();
        now.forEach((day, changes) -> changes.forEach((counter, value) ->
                difference.computeIfAbsent(day, d -> new TreeMap<>()).merge(counter, value, Long::sum)));
        before.forEach((day, changes) -> changes.forEach((counter, value) ->
                difference.computeIfAbsent(day, d -> new TreeMap<>()).merge(counter, -value, Long::sum)));
        difference.values().forEach(changes -> changes.values().removeIf(change -> change == 0));
        difference.values().removeIf(Map::isEmpty);
        return difference;
    }

    static Map<String, Map<String, Long>> read(Document periods) {
        Map<String, Map<String, Long>> result = new TreeMap<>();
        if (periods != null) {
            periods.forEach((period, counters) -> {
                Map<String, Long> values = new TreeMap<>();
                ((Document) counters).forEach((counter, value) -> values.put(counter, ((Number) value).longValue()));
                result.put(period, values);
            });
        }
        return result;
    }

    static Document write(Map<String, Map<String, Long>> periods) {
        Document document = new Document();
        periods.forEach((period, counters) -> document.append(period, new Document(counters)));
        return document;
    }

    static String documentId(Level level, String place, String period) {
        return level.name().charAt(0) + "|" + place + "|" + period;
    }

    /** A place id as a field name: MongoDB reads dots as paths and refuses a leading dollar. */
    static String fieldKey(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    Instant now() {
        return clock.instant();
    }

    static LocalDate day(String period) {
        return LocalDate.parse(period);
    }
}
