package org.villagegov.devmongo;

import java.nio.file.Path;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The id-first lookups answer exactly what the embedded server's scan would. */
class IdFirstCollectionTests {

    @TempDir
    Path data;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> indicators;

    @BeforeEach
    void start() {
        server = new MongoServer(new CommitEveryWrite(data.resolve("dev.mv").toString()));
        var address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        indicators = client.getDatabase("grid_daye").getCollection("indicators");
        for (String id : List.of("C|daye|2026-10", "C|daye|2026-11", "C|daye|2026-12", "T|t1|2026-11")) {
            indicators.insertOne(new Document("_id", id).append("level", id.substring(0, 1)).append("n", 1));
        }
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void whenAQueryNamesIdsInAListThenExactlyThoseFoundAndMatchingTheRestComeBack() {
        var ids = List.of("C|daye|2026-11", "nowhere", "T|t1|2026-11", "C|daye|2026-11", "C|daye|2026-12");
        assertThat(idsOf(indicators.find(Filters.in("_id", ids))))
                .containsExactlyInAnyOrder("C|daye|2026-11", "T|t1|2026-11", "C|daye|2026-12");
        assertThat(idsOf(indicators.find(Filters.and(Filters.in("_id", ids), Filters.eq("level", "C")))))
                .containsExactlyInAnyOrder("C|daye|2026-11", "C|daye|2026-12");
        assertThat(idsOf(indicators.find(Filters.in("_id", List.of())))).isEmpty();
    }

    @Test
    void whenAConditionalUpsertNamesOneIdThenItAppliesOnceAndAnAlreadyTakenOneTriesToInsert() {
        var notYet = Filters.and(Filters.eq("_id", "C|daye|2026-11"),
                Filters.or(Filters.lt("applied.v1", 1), Filters.exists("applied.v1", false)));
        var take = Updates.combine(Updates.set("applied.v1", 1), Updates.inc("n", 5));
        indicators.updateOne(notYet, take, new UpdateOptions().upsert(true));
        assertThatThrownBy(() -> indicators.updateOne(notYet, take, new UpdateOptions().upsert(true)))
                .isInstanceOfSatisfying(MongoWriteException.class, alreadyTaken -> assertThat(alreadyTaken.getCode()).isEqualTo(11000));
        assertThat(indicators.find(Filters.eq("_id", "C|daye|2026-11")).first().getInteger("n")).isEqualTo(6);
        assertThat(indicators.countDocuments()).isEqualTo(4);
    }

    private static List<String> idsOf(Iterable<Document> documents) {
        var ids = new java.util.ArrayList<String>();
        documents.forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }
}
