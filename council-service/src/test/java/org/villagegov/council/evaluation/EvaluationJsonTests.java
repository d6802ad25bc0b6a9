package org.villagegov.council.evaluation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.council.EventPayloads.fields;
import static org.villagegov.council.EventPayloads.isDate;
import static org.villagegov.council.EventPayloads.payload;

/** evaluation.completed as CONTRACTS.md promises it. */
class EvaluationJsonTests {

    @Test
    void whenAYearIsRankedThenEvaluationCompletedListsTheAwarded() {
        JsonNode completed = payload(EvaluationTests.ranked(), "evaluation.completed");
        assertThat(fields(completed)).containsExactlyInAnyOrder("year", "councilsRanked", "advancedCouncilIds",
                "outstandingMembers", "completedOn");
        assertThat(completed.get("year").asInt()).isEqualTo(2025);
        assertThat(completed.get("councilsRanked").asInt()).isEqualTo(3);
        assertThat(completed.get("advancedCouncilIds").get(0).asString()).isEqualTo("c-c");
        assertThat(isDate(completed.get("completedOn"))).isTrue();
        JsonNode outstanding = completed.get("outstandingMembers").get(0);
        assertThat(fields(outstanding)).containsExactlyInAnyOrder("memberId", "name", "councilId", "townshipId",
                "villageId", "total");
        assertThat(outstanding.get("total").isNumber()).isTrue();
    }
}
