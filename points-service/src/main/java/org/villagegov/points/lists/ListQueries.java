package org.villagegov.points.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        Query entries = Query.query(Criteria.where("villageId").is(villageId));
        entries.fields().include("kind", "townshipId", "periodStart", "periodEnd", "publishedAt");
        Query runs = Query.query(Criteria.where("villageId").is(villageId));
        runs.fields().include("townshipId", "periodStart", "periodEnd", "computedAt");
        String township = null;
        List<ListStandings.Published> published = new ArrayList<>();
        for (ListEntry entry : mongo.find(entries, ListEntry.class)) {
            published.add(new ListStandings.Published(entry.kind(), entry.periodStart(), entry.periodEnd(),
                    CountyTime.dateOf(entry.publishedAt())));
            township = entry.townshipId() != null ? entry.townshipId() : township;
        }
        List<ListStandings.Run> computed = new ArrayList<>();
        for (ListComputation run : mongo.find(runs, ListComputation.class)) {
            computed.add(new ListStandings.Run(run.periodStart(), run.periodEnd(), CountyTime.dateOf(run.computedAt())));
            township = run.townshipId() != null ? run.townshipId() : township;
        }
        List<Listed> listed = ListStandings.of(published, computed).stream()
                .map(s -> new Listed(s.kind() == ListEntry.Kind.RED, s.from(), s.until())).toList();
        return new VillageLists(township, listed);
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
