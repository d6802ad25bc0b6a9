package org.villagegov.council.disclosure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.council.Callers.cadre;
import static org.villagegov.council.Callers.townshipOfficer;

@WebMvcTest(NoticeController.class)
class NoticeControllerTests {

    static final String NOTICE = """
            {"villageId":"v-baisha","category":"FINANCES","title":"Accounts","body":"Q3",
             "publishFrom":"2026-11-24","publishUntil":"2026-12-24"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    NoticeBoard board;
    @MockitoBean
    NoticeQueries queries;

    @Test
    void whenACadrePostsANoticeThenItIsAnsweredAsItsView() throws Exception {
        when(board.post(any(), any())).thenReturn(NoticeTests.posted(NoticeTests.TODAY, NoticeTests.TODAY.plusDays(30)));
        mvc.perform(post("/api/v1/council/notices").with(cadre()).contentType("application/json").content(NOTICE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.category").value("FINANCES"))
                .andExpect(jsonPath("$.current").isBoolean());
    }

    @Test
    void whenATownshipOfficerPostsANoticeThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/council/notices").with(townshipOfficer()).contentType("application/json").content(NOTICE))
                .andExpect(status().isForbidden());
        verifyNoInteractions(board);
    }

    @Test
    void whenTheCategoryIsMissingThenBadRequestNamingIt() throws Exception {
        mvc.perform(post("/api/v1/council/notices").with(cadre()).contentType("application/json")
                        .content(NOTICE.replace("\"category\":\"FINANCES\",", "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("category")));
        verifyNoInteractions(board);
    }
}
