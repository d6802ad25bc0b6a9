package org.villagegov.mediation.dispute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

/** Loading cases within the caller's scope and saving them (optimistic locking through the version). */
@Component
public class Cases {

    /** Counties run on China Standard Time; deadlines are whole days there. */
    private final MongoTemplate mongo;
    private final CaseAccess access;
    private final Clock clock;

    Cases(MongoTemplate mongo, CaseAccess access, Clock clock) {
        this.mongo = mongo;
        this.access = access;
        this.clock = clock;
    }

    /** The case if the caller may see it; otherwise 404, so nothing tells it exists. */
    public MediationCase visible(String id, PlatformUser user) {
        MediationCase found = mongo.findOne(Query.query(new Criteria().andOperator(Criteria.where("_id").is(id),
                access.scope(user))), MediationCase.class);
        if (found == null) {
            throw new NotFoundException("Case", id);
        }
        return found;
    }

    /** A visible case the caller may also work on ({@link CaseAccess#handles}: the level policy); else 403. */
    public MediationCase handled(String id, PlatformUser user) {
        MediationCase found = visible(id, user);
        if (!access.handles(found, user)) {
            throw new AccessDeniedException("Only the staff of the case's place and level, or its assigned mediator, may do this");
        }
        return found;
    }

    /**
     * One page of the cases matching the filters within the caller's scope, newest first. The
     * offset is long arithmetic and a page past the end answers empty without asking the
     * database to skip billions of documents.
     */
    PageResponse<MediationCase> page(List<Criteria> filters, PlatformUser user, int page, int size) {
        List<Criteria> all = new ArrayList<>(filters);
        all.add(access.scope(user));
        Query query = Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, MediationCase.class);
        long offset = (long) page * size;
        List<MediationCase> found = offset >= total ? List.of()
                : mongo.find(query.with(Sort.by(Sort.Direction.DESC, "openedAt").and(Sort.by("_id"))).skip(offset).limit(size),
                MediationCase.class);
        int pages = (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
        return new PageResponse<>(found, page, size, total, pages);
    }

    public MediationCase save(MediationCase c) {
        return mongo.save(c);
    }

    public MediationCase insert(MediationCase c) {
        return mongo.insert(c);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CountyTime.ZONE));
    }
}
