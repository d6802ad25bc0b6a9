package org.villagegov.council.election;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's view of an election has its own records, yet the same JSON as the stored candidates and results. */
class ElectionViewJsonTests {

    @Test
    void whenCandidatesAndResultsAreShownThenTheirJsonIsTheStoredJson() {
        JsonMapper json = JsonMapper.builder().build();
        Election election = ElectionTests.called(1, "a", "b");
        election.close(List.of(ElectionTests.paper("a")), 3, ElectionTests.TERM, ElectionTests.CLOSES);
        assertThat(json.<JsonNode>valueToTree(election.candidates().stream().map(ElectionController.CandidateView::of).toList()))
                .isEqualTo(json.<JsonNode>valueToTree(election.candidates()));
        assertThat(json.<JsonNode>valueToTree(election.results().stream().map(ElectionController.ResultView::of).toList()))
                .isEqualTo(json.<JsonNode>valueToTree(election.results()));
    }
}
