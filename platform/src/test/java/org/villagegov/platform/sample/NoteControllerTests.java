package org.villagegov.platform.sample;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.SUSPENDED;

/**
 * A controller slice: no MongoDB, RabbitMQ or Keycloak, the feature's collaborators mocked, and
 * still the platform's security (roles, tenant), {@code PlatformUser}, paging and problem answers,
 * with spring-security-test's {@code jwt()} built by {@link TestTokens#jwt()}.
 */
@WebMvcTest({NoteController.class, RoleCheckController.class})
class NoteControllerTests {

    private static final String NOTES = "/api/v1/sample/notes";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    NoteRepository notes;
    @MockitoBean
    NoteQueries queries;

    private static TestTokens cadre() {
        return TestTokens.forTenant(DAYE).subject("cadre-1").roles("village-cadre").township(Tokens.TOWNSHIP).village(Tokens.VILLAGE);
    }

    @Test
    void whenACadreReadsANoteOfTheirVillageThenItIsShown() throws Exception {
        given(notes.findById("n1")).willReturn(Optional.of(new Note("n1", Tokens.TOWNSHIP, Tokens.VILLAGE, "hello", Note.Kind.NOTICE)));

        mvc.perform(get(NOTES + "/n1").with(cadre().jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("hello"));
    }

    @Test
    void whenACadreOfAnotherVillageReadsTheNoteThenItIsNotFoundAsAProblem() throws Exception {
        given(notes.findById("n1")).willReturn(Optional.of(new Note("n1", Tokens.TOWNSHIP, Tokens.VILLAGE, "hello", Note.Kind.NOTICE)));

        mvc.perform(get(NOTES + "/n1").with(TestTokens.forTenant(DAYE).roles("village-cadre").township(Tokens.TOWNSHIP)
                        .village(Tokens.OTHER_VILLAGE).jwt()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void whenTheBodyIsInvalidThenAProblemNamesTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post(NOTES).with(cadre().jwt()).contentType("application/json")
                        .content("{\"township\":\"t-jinhu\",\"village\":\"v-baisha\",\"text\":\"\",\"kind\":\"NOTICE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        verify(notes, never()).save(any());
    }

    @Test
    void whenAVillagerWritesThenTheRoleRuleRefusesIt() throws Exception {
        mvc.perform(post(NOTES).with(TestTokens.forTenant(DAYE).roles("villager").village(Tokens.VILLAGE).jwt())
                        .contentType("application/json").content(Tokens.noteJson("n2", Tokens.VILLAGE, "x")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verify(notes, never()).save(any());
    }

    @Test
    void whenATypedRoleRuleIsMetOrNotThenItAnswersAsInTheFullService() throws Exception {
        mvc.perform(get("/api/v1/sample/role-checks/method-typed").with(cadre().jwt())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/sample/role-checks/method-typed").with(TestTokens.forTenant(DAYE).roles("villager").jwt()))
                .andExpect(status().isForbidden());
    }

    @Test
    void whenThereIsNoTokenOrTheTenantIsSuspendedThenRefused() throws Exception {
        mvc.perform(get(NOTES + "/n1")).andExpect(status().isUnauthorized());
        mvc.perform(get(NOTES + "/n1").with(TestTokens.forTenant(SUSPENDED).roles("village-cadre").jwt()))
                .andExpect(status().isForbidden());
    }

    @Test
    void whenAPageIsOutOfBoundsThenAProblemNamesIt() throws Exception {
        mvc.perform(get(NOTES).param("village", Tokens.VILLAGE).param("page", "-1").with(cadre().jwt()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }
}
