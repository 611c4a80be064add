package jp.musubi.cms.search;

import static jp.musubi.cms.content.ContentFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import jp.musubi.cms.content.ContentFixtures;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search as the application wires it, on the real content store: a publication is found once it
 * commits, an unpublication removes it, and reindexing answers how many items it indexed. Who may
 * reindex (ADMIN only) is webapp's security configuration, checked there by AccessMatrixTest.
 */
@CmsSpringBootTest
class SearchFollowsTheStoreTest {

    @Autowired
    ContentService content;

    @Autowired
    PublicationService publication;

    @Autowired
    ContentSearch search;

    @Autowired
    MockMvc mvc;

    @Test
    void aPublishedArticleIsFoundAndAnUnpublishedOneIsGone() {
        String name = unique("search");
        content.create("articles", name, ContentFixtures.article("量子暗号通信の実証実験を開始 " + name), null, "editor");
        assertThat(found("量子暗号通信", name)).isFalse();

        publication.publish("articles", name, null, "publisher");
        awaitTrue(() -> found("量子暗号通信", name));

        publication.unpublish("articles", name, "publisher");
        awaitTrue(() -> !found("量子暗号通信", name));
    }

    @Test
    void reindexAnswersHowManyItemsWereIndexed() throws Exception {
        String name = unique("search");
        content.create("articles", name, ContentFixtures.article("再索引の確認 " + name), null, "editor");
        publication.publish("articles", name, null, "publisher");

        mvc.perform(post("/api/cms/search/reindex").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indexed").value(greaterThanOrEqualTo(1)));

        assertThat(found("再索引", name)).isTrue();
    }

    private boolean found(String text, String name) {
        return search.search(SearchQuery.of("articles", text, 100)).hits().stream().anyMatch(h -> h.name().equals(name));
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 20 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
