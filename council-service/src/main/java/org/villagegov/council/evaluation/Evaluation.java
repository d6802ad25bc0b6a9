package org.villagegov.council.evaluation;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * One council's annual "three-party evaluation": scores (0-100) from the village party
 * organisation, the villagers and the township, for the council and each member. The total is
 * their plain average. The id is {@code councilId:year}, so a council is evaluated once a year.
 */
@Document("evaluations")
class Evaluation extends AggregateRoot {

    record Scores(int party, int villagers, int township) {
        double total() {
            return Math.round((party + villagers + township) * 10.0 / 3) / 10.0;
        }
    }

    record MemberScore(String memberId, String name, Scores scores, double total) {
    }

    @Id
    private String id;
    private String councilId;
    private String councilName;
    private String townshipId;
    @Indexed
    private String villageId;
    @Indexed
    private int year;
    private Scores scores;
    private double total;
    private List<MemberScore> members;
    private String evaluatedBy;
    private Instant evaluatedAt;

    Evaluation() {
    }

    static Evaluation score(String councilId, String councilName, String townshipId, String villageId, int year,
                            Scores scores, List<MemberScore> members, String by, Instant now) {
        Evaluation evaluation = new Evaluation();
        evaluation.id = councilId + ":" + year;
        evaluation.councilId = councilId;
        evaluation.councilName = councilName;
        evaluation.townshipId = townshipId;
        evaluation.villageId = villageId;
        evaluation.year = year;
        evaluation.scores = scores;
        evaluation.total = scores.total();
        evaluation.members = List.copyOf(members);
        evaluation.evaluatedBy = by;
        evaluation.evaluatedAt = now;
        return evaluation;
    }

    String id() {
        return id;
    }

    String councilId() {
        return councilId;
    }

    String councilName() {
        return councilName;
    }

    String townshipId() {
        return townshipId;
    }

    String villageId() {
        return villageId;
    }

    int year() {
        return year;
    }

    Scores scores() {
        return scores;
    }

    double total() {
        return total;
    }

    List<MemberScore> members() {
        return Collections.unmodifiableList(members);
    }
}
