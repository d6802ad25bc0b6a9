package org.villagegov.council.council;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's view of a council has its own records, yet the same JSON as the stored terms. */
class CouncilViewJsonTests {

    @Test
    void whenATermIsShownThenItsJsonIsTheStoredTermsJson() {
        JsonMapper json = JsonMapper.builder().build();
        Council council = TestCouncils.seated(5, LocalDate.parse("2026-01-01"),
                List.of(new Council.Member("m-1", "Li", "hh-1", Council.Category.RESPECTED_ELDER, true)));
        assertThat(json.<JsonNode>valueToTree(CouncilController.TermView.of(council.currentTerm())))
                .isEqualTo(json.<JsonNode>valueToTree(council.currentTerm()));
    }
}
