package org.villagegov.council.config;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.web.PageResponse;

/** One page of a collection as the API's {@link PageResponse}, newest first unless told otherwise. */
public final class Pages {

    private Pages() {
    }

    public static <D, V> PageResponse<V> find(MongoTemplate mongo, Criteria criteria, Class<D> type, int page, int size,
                                              Sort sort, Function<D, V> view) {
        PageRequest request = PageRequest.of(page, size, sort);
        long total = mongo.count(Query.query(criteria), type);
        // a page past every record is empty; asking the database would overflow its skip (an int) into a 500
        List<D> items = request.getOffset() >= total ? List.of() : mongo.find(Query.query(criteria).with(request), type);
        return PageResponse.of(new PageImpl<>(items, request, total), view);
    }
}
