package org.villagegov.points.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.data.MongoPages;
import org.springframework.stereotype.Component;

/** How published list entries are read: a page of a scope, and how many a period has (for the county report). */
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

    private long overlapping(ListEntry.Kind kind, LocalDate from, LocalDate to) {
        Criteria overlapping = Criteria.where("periodStart").lte(to).and("periodEnd").gte(from);
        return mongo.count(Query.query(Criteria.where("kind").is(kind.name()).andOperator(overlapping)), "list_entries");
    }
}
