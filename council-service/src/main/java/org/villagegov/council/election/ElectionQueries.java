package org.villagegov.council.election;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.platform.data.MongoPages;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

/** Elections, their papers and the register of household heads as the election feature reads them. */
@Component
class ElectionQueries {

    private final MongoTemplate mongo;
    private final PlaceGuard places;

    ElectionQueries(MongoTemplate mongo, PlaceGuard places) {
        this.mongo = mongo;
        this.places = places;
    }

    Page<Election> list(String villageId, String councilId, Pageable pageable, PlatformUser user) {
        Criteria criteria = places.listScope(user, villageId);
        if (councilId != null) {
            criteria = criteria.and("councilId").is(councilId);
        }
        return MongoPages.find(mongo, Query.query(criteria), pageable, Sort.by(Sort.Direction.DESC, "opensAt"),
                Election.class);
    }

    /** Out of the caller's scope reads as not found. */
    Election visible(String id, PlatformUser user) {
        Election election = mongo.findById(id, Election.class);
        if (election == null || !user.mayAccess(election.townshipId(), election.villageId())) {
            throw new NotFoundException("Election", id);
        }
        return election;
    }

    boolean openFor(String councilId) {
        return mongo.exists(Query.query(Criteria.where("councilId").is(councilId).and("status").is(Election.Status.OPEN)),
                Election.class);
    }

    boolean openIn(String naturalVillageId) {
        return mongo.exists(Query.query(Criteria.where("naturalVillageId").is(naturalVillageId)
                .and("status").is(Election.Status.OPEN)), Election.class);
    }

    List<BallotPaper> papers(String electionId) {
        return mongo.find(Query.query(Criteria.where("electionId").is(electionId)), BallotPaper.class);
    }

    /** The registered head of a household; null when none is. */
    HouseholdHead head(String householdId) {
        return mongo.findById(householdId, HouseholdHead.class);
    }
}
