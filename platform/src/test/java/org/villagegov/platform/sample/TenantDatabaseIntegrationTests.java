package org.villagegov.platform.sample;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.tenancy.MissingTenantException;
import org.villagegov.platform.tenancy.TenantContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
        CountyNotes.writeTheSameIdInBothCountiesAndReadEachBack(mvc, id);

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
