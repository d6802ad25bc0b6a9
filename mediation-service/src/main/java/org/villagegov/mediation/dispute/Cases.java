package org.villagegov.mediation.dispute;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.security.PlatformUser;

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

    /** A visible case the caller may also work on (staff of its place or its mediator); else 403. */
    MediationCase handled(String id, PlatformUser user) {
        MediationCase found = visible(id, user);
        if (!access.handles(found, user)) {
            throw new AccessDeniedException("Only the staff of the case's place or its assigned mediator may do this");
        }
        return found;
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
