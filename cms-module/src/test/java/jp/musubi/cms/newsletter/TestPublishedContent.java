package jp.musubi.cms.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Published articles for the newsletter tests while cms-module has no content store of its own.
 * A test auto-configuration (listed in META-INF/spring/...AutoConfiguration.imports of the test
 * resources) that steps aside as soon as the real store provides {@link PublishedContent}; the
 * newsletter tests publish through {@link #publish} only, the one place to switch to the store.
 */
@AutoConfiguration
@ConditionalOnMissingBean(PublishedContent.class)
public class TestPublishedContent {

    @Bean
    Articles testArticles() {
        return new Articles();
    }

    /** An in-memory {@link PublishedContent} holding what the tests published. */
    public static class Articles implements PublishedContent {

        private final Map<String, PublishedItem> items = new ConcurrentHashMap<>();

        /** Publishes (a new revision of) an article. */
        public PublishedItem publish(String name, int revision, Map<String, Object> properties) {
            Instant now = Instant.now();
            PublishedItem item = new PublishedItem(UUID.nameUUIDFromBytes(name.getBytes()), "article", "articles", name,
                    "/" + name, properties, revision, PublicationStatus.PUBLISHED, now, now, now);
            items.put(name, item);
            return item;
        }

        @Override
        public Optional<PublishedItem> find(String workspace, String name) {
            return "articles".equals(workspace) ? Optional.ofNullable(items.get(name)) : Optional.empty();
        }

        @Override
        public List<PublishedItem> findAll(String workspace) {
            return "articles".equals(workspace) ? List.copyOf(items.values()) : List.of();
        }
    }
}
