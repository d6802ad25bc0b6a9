package org.villagegov.grid.election;

import java.time.Instant;
import java.time.LocalDate;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * council-service's open elections, one document per election in {@code open_elections}
 * (id = election id). Opening inserts it only if absent and completing or cancelling marks it
 * closed (creating it closed when that arrives first), so each event applies once whatever
 * the order or the number of deliveries: a late {@code election.opened} cannot reopen it.
 */
@Service
public class OpenElections {

    static final String COLLECTION = "open_elections";

    private final MongoTemplate mongo;

    OpenElections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void opened(String electionId, String townshipId, String villageId, String naturalVillageId, LocalDate opensOn,
                Instant at) {
        Update update = new Update().setOnInsert("townshipId", townshipId).setOnInsert("villageId", villageId)
                .setOnInsert("naturalVillageId", naturalVillageId)
                .setOnInsert("opensOn", opensOn == null ? null : opensOn.toString())
                .setOnInsert("closed", false).setOnInsert("openedAt", at);
        mongo.upsert(Query.query(Criteria.where("_id").is(electionId)), update, COLLECTION);
    }

    void closed(String electionId, String villageId, String naturalVillageId, String how, Instant at) {
        Update update = new Update().set("closed", true).set("closedAs", how).set("closedAt", at)
                .setOnInsert("villageId", villageId).setOnInsert("naturalVillageId", naturalVillageId);
        mongo.upsert(Query.query(Criteria.where("_id").is(electionId)), update, COLLECTION);
    }

    /**
     * Whether an election is open where this household votes: one of its whole village, or one
     * of its natural village.
     */
    public boolean openFor(String villageId, String naturalVillageId) {
        Criteria wholeVillage = Criteria.where("villageId").is(villageId).and("naturalVillageId").is(null);
        Criteria where = naturalVillageId == null ? wholeVillage
                : new Criteria().orOperator(wholeVillage, Criteria.where("naturalVillageId").is(naturalVillageId));
        return mongo.exists(Query.query(new Criteria().andOperator(where, Criteria.where("closed").is(false))),
                Document.class, COLLECTION);
    }
}
