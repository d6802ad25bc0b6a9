package org.villagegov.council.matter;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's view of a matter has its own records, yet the same JSON as the stored steps. */
class MatterViewJsonTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void whenAStepIsShownThenItsJsonIsTheStoredStepsJson() {
        Matter matter = MatterTests.resolved();
        for (Matter.Step step : matter.steps()) {
            assertThat(JSON.<JsonNode>valueToTree(MatterController.StepView.of(step))).isEqualTo(JSON.<JsonNode>valueToTree(step));
        }
    }
}
