package org.villagegov.council.representative;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's view of a roster has its own records, yet the same JSON as the stored representatives. */
class RosterViewJsonTests {

    @Test
    void whenRepresentativesAreShownThenTheirJsonIsTheStoredJson() {
        JsonMapper json = JsonMapper.builder().build();
        List<RepresentativeRoster.Representative> stored = List.of(RepresentativeRosterTests.rep("hh-1"));
        assertThat(json.<JsonNode>valueToTree(stored.stream().map(RepresentativeController.RepresentativeView::of).toList()))
                .isEqualTo(json.<JsonNode>valueToTree(stored));
    }
}
