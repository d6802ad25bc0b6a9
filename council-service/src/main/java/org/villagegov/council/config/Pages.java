package org.villagegov.council.config;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** One page of a collection: one count and, unless the page lies past every record, one find. */
public final class Pages {

    private Pages() {
    }

    public static <D> Page<D> find(MongoOperations mongo, Criteria criteria, Class<D> type, int page, int size, Sort sort) {
        PageRequest request = PageRequest.of(page, size, sort);
        long total = mongo.count(Query.query(criteria), type);
        // a page past every record is empty; asking the database would overflow its skip (an int) into a 500
        List<D> items = request.getOffset() >= total ? List.of() : mongo.find(Query.query(criteria).with(request), type);
        return new PageImpl<>(items, request, total);
    }
}
