package org.villagegov.council.evaluation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's views of evaluations and rankings have their own records, yet the same JSON as the stored ones. */
class EvaluationViewJsonTests {

    @Test
    void whenScoresAndARankingAreShownThenTheirJsonIsTheStoredJson() {
        JsonMapper json = JsonMapper.builder().build();
        Evaluation evaluation = EvaluationTests.evaluation("c-1", 80, EvaluationTests.member("m-1", 90));
        assertThat(json.<JsonNode>valueToTree(EvaluationController.ScoresView.of(evaluation.scores())))
                .isEqualTo(json.<JsonNode>valueToTree(evaluation.scores()));
        assertThat(json.<JsonNode>valueToTree(evaluation.members().stream().map(EvaluationController.MemberScoreView::of).toList()))
                .isEqualTo(json.<JsonNode>valueToTree(evaluation.members()));
        EvaluationRound round = EvaluationTests.ranked();
        assertThat(json.<JsonNode>valueToTree(round.ranking().stream().map(EvaluationController.RankedView::of).toList()))
                .isEqualTo(json.<JsonNode>valueToTree(round.ranking()));
        assertThat(json.<JsonNode>valueToTree(round.outstandingMembers().stream().map(EvaluationController.OutstandingView::of).toList()))
                .isEqualTo(json.<JsonNode>valueToTree(round.outstandingMembers()));
    }
}
