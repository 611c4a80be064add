package jp.musubi.cms.newsletter;

import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Publishes articles for the newsletter tests through the real content store and publication
 * service (a test auto-configuration listed in META-INF/spring/...AutoConfiguration.imports).
 */
@AutoConfiguration
public class TestPublishedContent {

    @Bean
    Articles testArticles(ContentService content, PublicationService publication) {
        return new Articles(content, publication);
    }

    /** Writes and publishes articles as an editor would. */
    public static class Articles {

        private static final String WORKSPACE = "articles";
        private static final String EDITOR = "newsletter-test";

        private final ContentService content;
        private final PublicationService publication;

        Articles(ContentService content, PublicationService publication) {
            this.content = content;
            this.publication = publication;
        }

        /** Saves the properties as the article's next revision (the first when new) and publishes it. */
        public ContentItem publish(String name, int expectedRevision, Map<String, Object> properties) {
            Map<String, Object> article = new HashMap<>(properties);
            article.putIfAbsent("category", "news");
            ContentItem saved = content.find(WORKSPACE, name)
                    .map(existing -> content.update(WORKSPACE, name, existing.version(), article, null, EDITOR))
                    .orElseGet(() -> content.create(WORKSPACE, name, article, null, EDITOR));
            if (saved.revision() != expectedRevision) {
                throw new IllegalStateException("article " + name + " is at revision " + saved.revision()
                        + ", the test expected " + expectedRevision);
            }
            return publication.publish(WORKSPACE, name, saved.revision(), EDITOR);
        }
    }
}
