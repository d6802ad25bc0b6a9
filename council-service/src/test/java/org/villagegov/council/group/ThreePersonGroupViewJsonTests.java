package org.villagegov.council.group;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's view of a three-person group has its own records, yet the same JSON as the stored compositions. */
class ThreePersonGroupViewJsonTests {

    @Test
    void whenCompositionsAreShownThenTheirJsonIsTheStoredJson() {
        JsonMapper json = JsonMapper.builder().build();
        ThreePersonGroup group = ThreePersonGroup.of("g-1", "t-jinhu", "v-baisha");
        group.compose("G", new ThreePersonGroup.Person("Li", "hh-1"), ThreePersonGroupTests.person("Wang"),
                ThreePersonGroupTests.person("Zhao"), ThreePersonGroupTests.SINCE, "c", ThreePersonGroupTests.NOW);
        group.compose("G", ThreePersonGroupTests.person("A"), ThreePersonGroupTests.person("B"),
                ThreePersonGroupTests.person("C"), ThreePersonGroupTests.SINCE.plusDays(1), "c", ThreePersonGroupTests.NOW);
        assertThat(json.<JsonNode>valueToTree(ThreePersonGroupController.CompositionView.of(group.current())))
                .isEqualTo(json.<JsonNode>valueToTree(group.current()));
        assertThat(json.<JsonNode>valueToTree(group.history().stream().map(ThreePersonGroupController.CompositionView::of).toList()))
                .isEqualTo(json.<JsonNode>valueToTree(group.history()));
    }
}
