package jp.musubi.webapp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.musubi.cms.search.ContentSearch;
import jp.musubi.cms.search.SearchQuery;
import jp.musubi.cms.search.SearchResult;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole product on its demo data: the CMS content of seeds/ is loaded and published, the
 * delivery API serves it in Magnolia's shape without personal data, and Japanese search finds it.
 */
@MusubiSpringBootTest
class DeliveryOnDemoDataTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentSearch search;

    @BeforeEach
    void indexIsCurrent() {
        search.rebuild();
    }

    @Test
    void demoContentIsLoadedPerWorkspace() {
        assertThat(countItems("municipalities")).isEqualTo(25);
        assertThat(countItems("members")).isEqualTo(10);
        assertThat(countItems("seeds")).isEqualTo(15);
        assertThat(countItems("issues")).isEqualTo(6);
        assertThat(countItems("articles")).isEqualTo(8);
        assertThat(countItems("events")).isEqualTo(4);
        assertThat(countItems("pages")).isEqualTo(3);
    }

    @Test
    void deliveryListsPublishedArticlesOnlyInMagnoliasShape() throws Exception {
        int published = countPublished("articles");
        assertThat(published).isGreaterThanOrEqualTo(7);
        mvc.perform(get("/.rest/delivery/articles").param("limit", "100"))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.total").value(published))
                .andExpect(jsonPath("$.results.length()").value(published))
                .andExpect(jsonPath("$.results[0]['@nodeType']").value("mgnl:article"))
                .andExpect(jsonPath("$.results[0]['mgnl:activationStatus']").value("published"))
                .andExpect(content().string(not(containsString("report-meeting-2027-notice"))));
    }

    @Test
    void issuesResolveTheirMunicipalityAndNeverShowTheContactPerson() throws Exception {
        mvc.perform(get("/.rest/delivery/issues").param("orderBy", "@name").param("limit", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(countPublished("issues")))
                .andExpect(jsonPath("$.results[*].municipality.title").exists())
                .andExpect(content().string(not(containsString("contactEmail"))))
                .andExpect(content().string(not(containsString("example.jp"))))
                .andExpect(content().string(not(containsString("contactPerson"))));
    }

    @Test
    void searchFor老朽化FindsTheWaterPipeIssueFirst() throws Exception {
        SearchResult result = search.search(SearchQuery.of("issues", "老朽化", 10));

        assertThat(result.hits()).isNotEmpty();
        String first = result.hits().get(0).name();
        assertThatItemTitle(first, "水道管の老朽化対策");
    }

    @Test
    void deliveryFullTextQueryUsesTheSearch() throws Exception {
        mvc.perform(get("/.rest/delivery/issues").param("q", "老朽化"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].title").value("水道管の老朽化対策"));
    }

    private void assertThatItemTitle(String name, String expectedTitle) throws Exception {
        mvc.perform(get("/.rest/delivery/issues/" + name))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(expectedTitle));
    }

    /** Items the demo data loader wrote (as {@code system}); other tests of the shared context add their own. */
    private long countItems(String workspace) {
        return jdbc.sql("SELECT COUNT(*) FROM cms_item WHERE workspace = ? AND created_by = 'system'").param(workspace)
                .query(Long.class).single();
    }

    /** What the delivery API must count: every published item of the workspace, whoever wrote it. */
    private int countPublished(String workspace) {
        return jdbc.sql("SELECT COUNT(*) FROM cms_item WHERE workspace = ? AND published_revision IS NOT NULL")
                .param(workspace).query(Integer.class).single();
    }

}
