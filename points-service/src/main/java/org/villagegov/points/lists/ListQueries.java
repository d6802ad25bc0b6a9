package org.villagegov.points.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.platform.data.MongoPages;
import org.villagegov.platform.time.CountyTime;

/**
 * How published list entries are read: a page of a scope, how many a period has (for the county
 * report), and how long each counts in its village's current list (for the indicators).
 */
@Component
public class ListQueries {

    private final MongoTemplate mongo;

    ListQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Page<ListEntry> page(Criteria scope, ListEntry.Kind kind, LocalDate periodStart, Pageable pageable) {
        List<Criteria> filters = new ArrayList<>(List.of(scope));
        if (kind != null) {
            filters.add(Criteria.where("kind").is(kind));
        }
        if (periodStart != null) {
            filters.add(Criteria.where("periodStart").is(periodStart));
        }
        Criteria criteria = new Criteria().andOperator(filters);
        return MongoPages.find(mongo, Query.query(criteria), pageable, Sort.by("_id"), ListEntry.class);
    }

    /** Red-list entries of the county whose period overlaps {@code from..to}. */
    public long redListed(LocalDate from, LocalDate to) {
        return overlapping(ListEntry.Kind.RED, from, to);
    }

    /** Black-list entries of the county whose period overlaps {@code from..to}. */
    public long blackListed(LocalDate from, LocalDate to) {
        return overlapping(ListEntry.Kind.BLACK, from, to);
    }

    /** One entry's place in its village's current red or black list: from (included) until (excluded; null: still). */
    public record Listed(boolean red, LocalDate from, LocalDate until) {
    }

    /** A village's list entries as {@link ListStandings} counts them, and the township its lists name. */
    public record VillageLists(String townshipId, List<Listed> listed) {
    }

    /** The village's list entries and computations, read by its id only, turned into standings. */
    public VillageLists ofVillage(String villageId) {
        return listsBy(Criteria.where("villageId").is(villageId)).getOrDefault(villageId, new VillageLists(null, List.of()));
    }

    /** Every village's lists at once, by village: one read of the entries and one of the computations (reconciliation). */
    public Map<String, VillageLists> byVillage() {
        return listsBy(new Criteria());
    }

    private Map<String, VillageLists> listsBy(Criteria criteria) {
        Query entries = Query.query(criteria);
        entries.fields().include("kind", "townshipId", "villageId", "periodStart", "periodEnd", "publishedAt");
        Query runs = Query.query(criteria);
        runs.fields().include("townshipId", "villageId", "periodStart", "periodEnd", "computedAt");
        Map<String, String> townships = new HashMap<>();
        Map<String, List<ListStandings.Published>> published = new TreeMap<>();
        for (ListEntry entry : mongo.find(entries, ListEntry.class)) {
            if (entry.villageId() == null) {
                continue;
            }
            published.computeIfAbsent(entry.villageId(), v -> new ArrayList<>()).add(new ListStandings.Published(
                    entry.kind(), entry.periodStart(), entry.periodEnd(), CountyTime.dateOf(entry.publishedAt())));
            if (entry.townshipId() != null) {
                townships.put(entry.villageId(), entry.townshipId());
            }
        }
        Map<String, List<ListStandings.Run>> computed = new TreeMap<>();
        for (ListComputation run : mongo.find(runs, ListComputation.class)) {
            if (run.villageId() == null) {
                continue;
            }
            computed.computeIfAbsent(run.villageId(), v -> new ArrayList<>()).add(new ListStandings.Run(
                    run.periodStart(), run.periodEnd(), CountyTime.dateOf(run.computedAt())));
            if (run.townshipId() != null) {
                townships.put(run.villageId(), run.townshipId());
            }
        }
        Set<String> villages = new TreeSet<>(published.keySet());
        villages.addAll(computed.keySet());
        Map<String, VillageLists> byVillage = new TreeMap<>();
        for (String village : villages) {
            List<Listed> listed = ListStandings.of(published.getOrDefault(village, List.of()),
                            computed.getOrDefault(village, List.of())).stream()
                    .map(s -> new Listed(s.kind() == ListEntry.Kind.RED, s.from(), s.until())).toList();
            byVillage.put(village, new VillageLists(townships.get(village), listed));
        }
        return byVillage;
    }

    /** Every village with a list entry or a computation. */
    public Set<String> villages() {
        Set<String> villages = new TreeSet<>(mongo.findDistinct(new Query(), "villageId", ListEntry.class, String.class));
        villages.addAll(mongo.findDistinct(new Query(), "villageId", ListComputation.class, String.class));
        return villages;
    }

    private long overlapping(ListEntry.Kind kind, LocalDate from, LocalDate to) {
        Criteria overlapping = Criteria.where("periodStart").lte(to).and("periodEnd").gte(from);
        return mongo.count(Query.query(Criteria.where("kind").is(kind.name()).andOperator(overlapping)), "list_entries");
    }
}
