package org.villagegov.platform.sample;

import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two counties write a note under the same id through the API, and each reads back its own. */
final class CountyNotes {

    static final String DAYE_TEXT = "daye text";
    static final String LINXIAN_TEXT = "linxian text";

    private CountyNotes() {
    }

    static void writeTheSameIdInBothCountiesAndReadEachBack(MockMvc mvc, String id) throws Exception {
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .contentType("application/json").content(Tokens.noteJson(id, Tokens.VILLAGE, DAYE_TEXT)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.otherCountyCadre())
                        .contentType("application/json").content(Tokens.noteJson(id, Tokens.VILLAGE, LINXIAN_TEXT)))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/sample/notes/" + id).header("Authorization", Tokens.cadre()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.text").value(DAYE_TEXT));
        mvc.perform(get("/api/v1/sample/notes/" + id).header("Authorization", Tokens.otherCountyCadre()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.text").value(LINXIAN_TEXT));
    }
}
