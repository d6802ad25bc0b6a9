package org.villagegov.mediation.report;

import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.ProvinceScope;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.time.CountyTime;

/**
 * The figures per caller: a township officer gets their township's; the county admin the
 * county's; a provincial admin each county of the province, each read from that county's own
 * database. The cases are read in memory (a county has thousands, not millions).
 */
@Service
class MediationFigures {

    private static final String NO_TOWNSHIP = "\u0000none";

    private final MongoTemplate mongo;
    private final ProvinceScope province;
    private final CountyTime time;

    MediationFigures(MongoTemplate mongo, ProvinceScope province, CountyTime time) {
        this.mongo = mongo;
        this.province = province;
        this.time = time;
    }

    Figures county(PlatformUser user) {
        if (user.hasRole(Roles.COUNTY_ADMIN)) {
            return figures(new Criteria());
        }
        return figures(Criteria.where("townshipId").is(user.township() == null ? NO_TOWNSHIP : user.township()));
    }

    Map<String, Figures> province(PlatformUser user) {
        return province.perCounty(user, () -> figures(new Criteria()));
    }

    /** One county of the provincial admin's province (another province's: 403). */
    Figures provinceCounty(String county, PlatformUser user) {
        return province.inCounty(user, county, () -> figures(new Criteria()));
    }

    private Figures figures(Criteria scope) {
        return Figures.of(mongo.find(Query.query(scope), MediationCase.class), time.today());
    }
}
