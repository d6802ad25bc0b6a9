package org.villagegov.platform.indicator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.platform.errors.FieldError;
import org.villagegov.platform.errors.InvalidParameterException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;
import org.villagegov.platform.tenancy.TenantRegistry;

/**
 * Recomputes one county's indicators from its raw records and compares them with the kept
 * documents, counter by counter. A repair first refreshes every village (so each ledger holds
 * what its raw records say, and the differences reach the documents the usual way), then sets
 * each document that still disagrees with the sum of its villages' ledgers, only if no village
 * changed it meanwhile. Drift found and repaired is counted in metrics
 * ({@code indicators.drift.found}, {@code indicators.drift.repaired}).
 */
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    private static final int LISTED = 200;
    /** How a drift in the province's copy of a county document is named. */
    static final String PROVINCE_COPY = "platform/";

    private final MongoTemplate mongo;
    private final IndicatorSource source;
    private final IndicatorLedger ledger;
    private final TenantRegistry registry;
    private final ObjectProvider<MeterRegistry> meters;

    public Reconciliation(MongoTemplate mongo, IndicatorSource source, IndicatorLedger ledger, TenantRegistry registry,
                          ObjectProvider<MeterRegistry> meters) {
        this.mongo = mongo;
        this.source = source;
        this.ledger = ledger;
        this.registry = registry;
        this.meters = meters;
    }

    /** One counter of one document that disagrees with the raw records ({@code platform/...}: the province's copy). */
    public record Drift(String document, String counter, long kept, long expected) {
    }

    /**
     * @param drifts   how many counters disagreed
     * @param listed   the first of them (at most 200)
     * @param repaired how many counters the repair set right (0 when only checked)
     */
    public record Report(String county, int villages, int documents, int drifts, List<Drift> listed, int repaired,
                         Instant checkedAt) {
    }

    public Report check(String county, boolean repair) {
        if (!TenantId.isValid(county)) {
            throw new InvalidParameterException(List.of(new FieldError("county", "A county id: lower-case letters, digits and hyphens")));
        }
        if (registry.byId(county).filter(tenant -> !tenant.isPlatform()).isEmpty()) {
            throw new RuleViolationException("county", "No county '" + county + "'");
        }
        return TenantContext.call(county, () -> run(county, repair));
    }

    private Report run(String county, boolean repair) {
        ledger.completeStale(Duration.ZERO);
        Map<String, VillageHistory> histories = new HashMap<>(source.histories());
        Set<String> villages = new TreeSet<>(histories.keySet());
        villages.addAll(ledger.ledgers().keySet());
        Map<String, Map<String, Long>> expected = new HashMap<>();
        for (String village : villages) {
            VillageHistory history = histories.computeIfAbsent(village, source::history);
            Map<String, Map<String, Long>> days = new TreeMap<>();
            history.changes().forEach((day, changes) -> days.put(day.toString(), new TreeMap<>(changes)));
            String township = history.townshipId() != null ? history.townshipId() : townshipInLedger(village);
            add(expected, Level.VILLAGE, village, days);
            add(expected, Level.COUNTY, county, days);
            if (township != null) {
                add(expected, Level.TOWNSHIP, township, days);
            }
        }
        Map<String, Document> kept = kept();
        List<Drift> drifts = drifts(county, expected, kept);
        count("indicators.drift.found", drifts.size());
        int repaired = 0;
        if (repair && !drifts.isEmpty()) {
            // most drift is set right by re-deriving the villages (their ledgers add the difference);
            // what is left, a kept document changed by hand or lost, is overwritten
            villages.forEach(village -> ledger.refresh(village, histories.get(village)));
            repairDocuments(county);
            repaired = drifts.size() - drifts(county, expected, kept()).size();
            count("indicators.drift.repaired", repaired);
            log.warn("Indicators of {} drifted in {} counters; {} set right", county, drifts.size(), repaired);
        }
        return new Report(county, villages.size(), kept.size(), drifts.size(),
                List.copyOf(drifts.subList(0, Math.min(LISTED, drifts.size()))), repaired, ledger.now());
    }

    /** Each counter of the county's kept documents, and of the province's copy of its county documents, that differs from expected. */
    private List<Drift> drifts(String county, Map<String, Map<String, Long>> expected, Map<String, Document> kept) {
        List<Drift> drifts = new ArrayList<>(compare(expected, kept));
        Map<String, Document> copy = TenantContext.call(TenantId.PLATFORM, () -> kept(county));
        compare(countyOnly(expected), copy).forEach(drift -> drifts.add(
                new Drift(PROVINCE_COPY + drift.document(), drift.counter(), drift.kept(), drift.expected())));
        return drifts;
    }

    /** Sets documents that disagree with the sum of the ledgers, only where every village's change is in. */
    private void repairDocuments(String county) {
        Map<String, Map<String, Long>> expected = new HashMap<>();
        Map<String, Map<String, Long>> seqs = new HashMap<>();
        Set<String> changing = new java.util.HashSet<>();
        for (Document village : ledger.ledgers().values()) {
            String id = village.getString("_id");
            if (village.get("pending") != null) {
                changing.add(IndicatorLedger.fieldKey(id));
            }
            long seq = village.get("seq", Number.class).longValue();
            Map<String, Map<String, Long>> days = IndicatorLedger.read(village.get("counted", Document.class));
            for (String documentId : add(expected, Level.VILLAGE, id, days)) {
                seqs.computeIfAbsent(documentId, d -> new HashMap<>()).put(IndicatorLedger.fieldKey(id), seq);
            }
            for (String documentId : add(expected, Level.COUNTY, county, days)) {
                seqs.computeIfAbsent(documentId, d -> new HashMap<>()).put(IndicatorLedger.fieldKey(id), seq);
            }
            String township = village.getString("township");
            if (township != null) {
                for (String documentId : add(expected, Level.TOWNSHIP, township, days)) {
                    seqs.computeIfAbsent(documentId, d -> new HashMap<>()).put(IndicatorLedger.fieldKey(id), seq);
                }
            }
        }
        repairIn(expected, seqs, changing, kept());
        Map<String, Map<String, Long>> countyExpected = countyOnly(expected);
        TenantContext.call(TenantId.PLATFORM, () -> repairIn(countyExpected, seqs, changing, kept(county)));
    }

    private int repairIn(Map<String, Map<String, Long>> expected, Map<String, Map<String, Long>> seqs,
                         Set<String> changing, Map<String, Document> kept) {
        int repaired = 0;
        for (Drift drift : compare(expected, kept)) {
            Document document = kept.get(drift.document());
            Document applied = document == null ? null : document.get("applied", Document.class);
            Map<String, Long> wanted = seqs.getOrDefault(drift.document(), Map.of());
            if (document == null) {
                repaired += recreate(drift.document(), expected.get(drift.document()), wanted);
                kept.put(drift.document(), new Document());
                continue;
            }
            if (applied == null || !caughtUp(applied, wanted, changing)) {
                continue;
            }
            Query unchanged = Query.query(Criteria.where("_id").is(drift.document()).and("applied").is(applied));
            Update update = new Update().set("counters." + drift.counter(), drift.expected());
            // the document now holds every change the ledgers had counted: none of them may be added again
            wanted.forEach((village, seq) -> update.set("applied." + village, seq));
            repaired += (int) mongo.updateFirst(unchanged, update, IndicatorLedger.VIEW).getModifiedCount();
        }
        return repaired;
    }

    /** A document lost altogether: written again as the ledgers say, with their sequence numbers. */
    private int recreate(String id, Map<String, Long> counters, Map<String, Long> seqs) {
        String[] parts = id.split("\\|", 3);
        Level level = java.util.Arrays.stream(Level.values()).filter(l -> l.name().charAt(0) == parts[0].charAt(0))
                .findFirst().orElseThrow();
        try {
            mongo.insert(new Document("_id", id).append("level", level.name()).append("place", parts[1])
                    .append("period", parts[2]).append("counters", new Document(counters))
                    .append("applied", new Document(seqs)), IndicatorLedger.VIEW);
            return counters.size();
        } catch (org.springframework.dao.DuplicateKeyException writtenMeanwhile) {
            return 0;
        }
    }

    /**
     * Whether the ledgers as read (before the documents) say what the document should hold: no
     * contributing village is in the middle of a change, and the document took no change newer than
     * the ledgers' (a document untouched by a village's latest changes holds an older number; fine).
     */
    private static boolean caughtUp(Document applied, Map<String, Long> wanted, Set<String> changing) {
        for (Map.Entry<String, Long> village : wanted.entrySet()) {
            if (changing.contains(village.getKey())) {
                return false;
            }
            Object seq = applied.get(village.getKey());
            if (seq instanceof Number number && number.longValue() > village.getValue()) {
                return false;
            }
        }
        return true;
    }

    private String townshipInLedger(String village) {
        Document document = mongo.findById(village, Document.class, IndicatorLedger.LEDGER);
        return document == null ? null : document.getString("township");
    }

    /** Adds a village's day changes (and their month sums) to one place's expected documents; returns their ids. */
    private static List<String> add(Map<String, Map<String, Long>> expected, Level level, String place,
                                    Map<String, Map<String, Long>> days) {
        List<String> ids = new ArrayList<>();
        IndicatorLedger.expand(days).forEach((period, changes) -> {
            String id = IndicatorLedger.documentId(level, place, period);
            ids.add(id);
            Map<String, Long> counters = expected.computeIfAbsent(id, d -> new TreeMap<>());
            changes.forEach((counter, change) -> counters.merge(counter, change, Long::sum));
        });
        return ids;
    }

    private Map<String, Document> kept() {
        Map<String, Document> kept = new LinkedHashMap<>();
        mongo.find(new Query(), Document.class, IndicatorLedger.VIEW).forEach(doc -> kept.put(doc.getString("_id"), doc));
        return kept;
    }

    /** One county's documents in the platform's copy. */
    private Map<String, Document> kept(String county) {
        Map<String, Document> kept = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("level").is(Level.COUNTY.name()).and("place").is(county)), Document.class,
                IndicatorLedger.VIEW).forEach(doc -> kept.put(doc.getString("_id"), doc));
        return kept;
    }

    private static Map<String, Map<String, Long>> countyOnly(Map<String, Map<String, Long>> expected) {
        Map<String, Map<String, Long>> county = new HashMap<>();
        expected.forEach((id, counters) -> {
            if (id.startsWith("C|")) {
                county.put(id, counters);
            }
        });
        return county;
    }

    private static List<Drift> compare(Map<String, Map<String, Long>> expected, Map<String, Document> kept) {
        List<Drift> drifts = new ArrayList<>();
        Set<String> ids = new TreeSet<>(expected.keySet());
        ids.addAll(kept.keySet());
        for (String id : ids) {
            Map<String, Long> want = expected.getOrDefault(id, Map.of());
            Document document = kept.get(id);
            Document counters = document == null ? null : document.get("counters", Document.class);
            Set<String> names = new TreeSet<>(want.keySet());
            if (counters != null) {
                names.addAll(counters.keySet());
            }
            for (String counter : names) {
                long have = counters != null && counters.get(counter) instanceof Number n ? n.longValue() : 0;
                long should = want.getOrDefault(counter, 0L);
                if (have != should) {
                    drifts.add(new Drift(id, counter, have, should));
                }
            }
        }
        return drifts;
    }

    private void count(String name, int amount) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null && amount > 0) {
            registry.counter(name).increment(amount);
        }
    }
}
