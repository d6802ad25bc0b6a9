package org.villagegov.platform.data;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One page of a query: one count, then one find of the page (skipped when the page lies past
 * the last record). The order is the query's own sort or the pageable's; give one of them,
 * or pages may overlap between requests.
 */
public final class MongoPages {

    private MongoPages() {
    }

    public static <T> Page<T> find(MongoOperations mongo, Query query, Pageable pageable, Class<T> type) {
        long total = mongo.count(Query.of(query).skip(0).limit(0), type);
        // a page past every record is empty; asking the database would overflow its skip (an int) into a 500
        List<T> items = pageable.getOffset() >= total ? List.of() : mongo.find(Query.of(query).with(pageable), type);
        return new PageImpl<>(items, pageable, total);
    }

    /** The same, ordered by {@code sort} (the usual case: the list's order is the query's choice). */
    public static <T> Page<T> find(MongoOperations mongo, Query query, Pageable pageable, Sort sort, Class<T> type) {
        return find(mongo, Query.of(query).with(sort), pageable, type);
    }
}
