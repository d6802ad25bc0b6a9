package org.villagegov.grid.region;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Everything located in a village carries its township too (for scope checks); a moved village takes it along. */
@Component
class VillageContents {

    private static final List<String> LOCATED = List.of("regions", "households", "micro_grids", "pairings", "visits",
            "grid_reports", "follow_ups");

    private final MongoTemplate mongo;

    VillageContents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void followVillage(String villageId, String townshipId) {
        Query inVillage = Query.query(Criteria.where("villageId").is(villageId));
        for (String collection : LOCATED) {
            mongo.updateMulti(inVillage, new Update().set("townshipId", townshipId), collection);
        }
    }
}
