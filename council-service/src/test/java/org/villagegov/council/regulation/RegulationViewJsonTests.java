package org.villagegov.council.regulation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's view of a regulation has its own records, yet the same JSON as the stored versions. */
class RegulationViewJsonTests {

    @Test
    void whenAVersionIsShownThenItsJsonIsTheStoredVersionsJson() {
        JsonMapper json = JsonMapper.builder().build();
        Regulation regulation = RegulationTests.published();
        regulation.redraft(RegulationTests.SECTIONS, "second", "cadre-1", RegulationTests.NOW);
        for (Regulation.Version version : regulation.versions()) {
            assertThat(json.<JsonNode>valueToTree(RegulationController.VersionView.of(version))).isEqualTo(json.<JsonNode>valueToTree(version));
        }
    }
}
