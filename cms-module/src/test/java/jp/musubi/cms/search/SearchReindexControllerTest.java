package jp.musubi.cms.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search as the application wires it. Who may reindex (ADMIN only) is webapp's security
 * configuration, checked there by AccessMatrixTest.
 */
@CmsSpringBootTest
class SearchReindexControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentSearch search;

    @Autowired
    SearchProperties properties;

    @Test
    void reindexAnswersHowManyItemsWereIndexed() throws Exception {
        mvc.perform(post("/api/cms/search/reindex").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.indexed").isNumber());
    }

    @Test
    void theContentSearchIsLuceneOverAnInMemoryIndexInTests() {
        assertThat(search).isInstanceOf(LuceneContentSearch.class);
        assertThat(properties.inMemoryIndex()).isTrue();
        assertThat(search.search(SearchQuery.of(null, "", 10)).total()).isNotNegative();
    }
}
