package org.villagegov.council.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villagegov.council.EventPayloads.types;

/** The three parties' average, and a year's ranking: best first, ties by council id, top N and M awarded. */
class EvaluationTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    static Evaluation evaluation(String councilId, int score, Evaluation.MemberScore... members) {
        Evaluation.Scores scores = new Evaluation.Scores(score, score, score);
        return Evaluation.score(councilId, "Council " + councilId, "t-jinhu", "v-" + councilId, 2025, scores,
                List.of(members), "officer-1", NOW);
    }

    static Evaluation.MemberScore member(String id, int score) {
        Evaluation.Scores scores = new Evaluation.Scores(score, score, score);
        return new Evaluation.MemberScore(id, "Member " + id, scores, scores.total());
    }

    static EvaluationRound ranked() {
        return EvaluationRound.rank(2025, List.of(evaluation("c-b", 80, member("m-1", 70)),
                evaluation("c-c", 90, member("m-2", 95), member("m-3", 60)), evaluation("c-a", 80)), 2, 2, "admin-1",
                TODAY, NOW);
    }

    @Test
    void whenScoredThenTheTotalIsThePlainAverageToOneDecimal() {
        assertThat(new Evaluation.Scores(90, 80, 71).total()).isEqualTo(80.3);
        Evaluation evaluation = evaluation("c-1", 88);
        assertThat(evaluation.id()).isEqualTo("c-1:2025");
        assertThat(evaluation.total()).isEqualTo(88.0);
        assertThatThrownBy(() -> evaluation.members().add(member("x", 1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void whenAYearIsRankedThenBestFirstTiesByCouncilIdAndTheTopAreAwarded() {
        EvaluationRound round = ranked();
        assertThat(round.ranking()).extracting(EvaluationRound.Ranked::councilId).containsExactly("c-c", "c-a", "c-b");
        assertThat(round.ranking()).extracting(EvaluationRound.Ranked::rank).containsExactly(1, 2, 3);
        assertThat(round.ranking()).extracting(EvaluationRound.Ranked::advancedCouncil).containsExactly(true, true, false);
        assertThat(round.outstandingMembers()).extracting(EvaluationRound.Outstanding::memberId).containsExactly("m-2", "m-1");
        assertThat(types(round)).containsExactly("evaluation.completed");
        assertThatThrownBy(() -> round.ranking().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
