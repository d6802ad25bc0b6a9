package org.villagegov.platform.sample;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.tenancy.MissingTenantException;
import org.villagegov.platform.tenancy.TenantContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

@SampleIntegrationTest
class TenantDatabaseIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    NoteRepository notes;
    @Autowired
    MongoTemplate mongo;

    @Test
    void whenTwoTenantsWriteTheSameIdThenEachLandsInItsOwnDatabase() throws Exception {
        String id = "shared-id-" + System.nanoTime();
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .contentType("application/json").content(Tokens.noteJson(id, Tokens.VILLAGE, "daye text")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.otherCountyCadre())
                        .contentType("application/json").content(Tokens.noteJson(id, Tokens.VILLAGE, "linxian text")))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/sample/notes/" + id).header("Authorization", Tokens.cadre()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.text").value("daye text"));
        mvc.perform(get("/api/v1/sample/notes/" + id).header("Authorization", Tokens.otherCountyCadre()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.text").value("linxian text"));

        assertThat(TenantContext.call(DAYE, () -> mongo.getDb().getName())).isEqualTo("sample_daye");
        assertThat(TenantContext.call(LINXIAN, () -> mongo.getDb().getName())).isEqualTo("sample_linxian");
        assertThat(TenantContext.call(DAYE, () -> notes.findById(id)).orElseThrow().getText()).isEqualTo("daye text");
        assertThat(TenantContext.call(LINXIAN, () -> notes.findById(id)).orElseThrow().getText()).isEqualTo("linxian text");
    }

    @Test
    void whenRepositoryIsUsedWithoutTenantThenItFailsLoudly() {
        assertThatThrownBy(() -> notes.count()).isInstanceOf(MissingTenantException.class);
        assertThatThrownBy(() -> mongo.getDb()).isInstanceOf(MissingTenantException.class);
    }

    @Test
    void whenTenantWorkEndsThenContextIsCleared() {
        TenantContext.run(DAYE, () -> assertThat(TenantContext.require()).isEqualTo(DAYE));
        assertThat(TenantContext.current()).isEmpty();
    }
}
