package org.villagegov.council.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * A county's ranking of one year's evaluations and its awards, written once as a single
 * document (its id is the year): "advanced council" for the best councils, "outstanding member"
 * for the best members, who are then tracked as candidates for village cadre.
 */
@Document("evaluation_rounds")
class EvaluationRound extends AggregateRoot {

    record Ranked(int rank, String councilId, String councilName, String townshipId, String villageId, double total,
                  boolean advancedCouncil) {
    }

    record Outstanding(String memberId, String name, String councilId, String townshipId, String villageId, double total) {
    }

    record EvaluationCompleted(int year, int councilsRanked, List<String> advancedCouncilIds,
                               List<Outstanding> outstandingMembers, LocalDate completedOn) {
    }

    @Id
    private String id;
    private int year;
    private List<Ranked> ranking = new ArrayList<>();
    private List<Outstanding> outstandingMembers = new ArrayList<>();
    private String rankedBy;
    private Instant rankedAt;

    EvaluationRound() {
    }

    /** Ties keep the order of the council id so the ranking is reproducible. */
    static EvaluationRound rank(int year, List<Evaluation> evaluations, int advancedCouncils, int outstandingMembers,
                                String by, LocalDate today, Instant now) {
        EvaluationRound round = new EvaluationRound();
        round.id = String.valueOf(year);
        round.year = year;
        List<Evaluation> ordered = evaluations.stream()
                .sorted(Comparator.comparingDouble(Evaluation::total).reversed().thenComparing(Evaluation::councilId))
                .toList();
        for (int i = 0; i < ordered.size(); i++) {
            Evaluation e = ordered.get(i);
            round.ranking.add(new Ranked(i + 1, e.councilId(), e.councilName(), e.townshipId(), e.villageId(), e.total(),
                    i < advancedCouncils));
        }
        round.outstandingMembers = ordered.stream()
                .flatMap(e -> e.members().stream().map(m -> new Outstanding(m.memberId(), m.name(), e.councilId(),
                        e.townshipId(), e.villageId(), m.total())))
                .sorted(Comparator.comparingDouble(Outstanding::total).reversed().thenComparing(Outstanding::memberId))
                .limit(outstandingMembers)
                .toList();
        round.rankedBy = by;
        round.rankedAt = now;
        round.raise("evaluation.completed", new EvaluationCompleted(year, round.ranking.size(),
                round.ranking.stream().filter(Ranked::advancedCouncil).map(Ranked::councilId).toList(),
                round.outstandingMembers, today), now);
        return round;
    }

    int year() {
        return year;
    }

    List<Ranked> ranking() {
        return Collections.unmodifiableList(ranking);
    }

    List<Outstanding> outstandingMembers() {
        return Collections.unmodifiableList(outstandingMembers);
    }

    String rankedBy() {
        return rankedBy;
    }

    Instant rankedAt() {
        return rankedAt;
    }
}
