package org.villagegov.mediation.report;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.time.CountyTime;

/**
 * The figures per caller: a township officer gets their township's; the county admin the
 * county's. The cases are read in memory (a county has thousands, not millions); the province
 * reads the indicators kept as read models instead (the indicator package).
 */
@Service
class MediationFigures {

    private static final String NO_TOWNSHIP = "\u0000none";

    private final MongoTemplate mongo;
    private final CountyTime time;

    MediationFigures(MongoTemplate mongo, CountyTime time) {
        this.mongo = mongo;
        this.time = time;
    }

    Figures county(PlatformUser user) {
        if (user.hasRole(Roles.COUNTY_ADMIN)) {
            return figures(new Criteria());
        }
        return figures(Criteria.where("townshipId").is(user.township() == null ? NO_TOWNSHIP : user.township()));
    }

    private Figures figures(Criteria scope) {
        return Figures.of(mongo.find(Query.query(scope), MediationCase.class), time.today());
    }
}
