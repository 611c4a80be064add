package jp.musubi.cms.search;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.ContentChangeLog;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search of this node: its index, the search over it, and the maintenance that follows the change log. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean
    SearchSchema searchSchema(ContentTypeRegistry registry) {
        return new SearchSchema(registry);
    }

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchProperties properties) {
        return SearchIndex.open(properties.indexDirectory(), new SearchAnalyzer());
    }

    @Bean
    ContentSource searchContentSource(ObjectProvider<PublishedContent> content,
                                      ObjectProvider<ContentChangeLog> changes) {
        // The content store is written in parallel with search: until its beans exist the index stays
        // empty instead of failing the whole application. Once the store is in, this never applies.
        PublishedContent published = content.getIfAvailable(() -> {
            log.warn("No PublishedContent bean: the search index stays empty");
            return NoContentStore.INSTANCE;
        });
        return new ContentSource(published, changes.getIfAvailable(() -> NoContentStore.INSTANCE));
    }

    @Bean
    SearchIndexRebuilder searchIndexRebuilder(SearchIndex index, SearchSchema schema, ContentSource source) {
        return new SearchIndexRebuilder(index, schema, source.content(), source.changes());
    }

    @Bean
    LuceneContentSearch contentSearch(SearchIndex index, SearchSchema schema, SearchIndexRebuilder rebuilder) {
        return new LuceneContentSearch(index, schema, rebuilder);
    }

    @Bean
    SearchIndexScheduler searchIndexScheduler(SearchIndex index, SearchSchema schema, SearchIndexRebuilder rebuilder,
                                              SearchProperties properties, ContentSource source) {
        SearchIndexFollower follower = new SearchIndexFollower(index, schema, source.content(), source.changes(),
                properties.followBatchSize(), properties.gapGrace(), Clock.systemUTC());
        return new SearchIndexScheduler(rebuilder, follower, properties.followInterval());
    }

    @Bean
    SearchIndexNudge searchIndexNudge(SearchIndexScheduler scheduler) {
        return new SearchIndexNudge(scheduler);
    }

    /** Where the index reads from: the content store's published revisions and its change log. */
    record ContentSource(PublishedContent content, ContentChangeLog changes) {
    }

    private enum NoContentStore implements PublishedContent, ContentChangeLog {
        INSTANCE;

        @Override
        public Optional<PublishedItem> find(String workspace, String name) {
            return Optional.empty();
        }

        @Override
        public List<PublishedItem> findAll(String workspace) {
            return List.of();
        }

        @Override
        public List<ContentChange> changesAfter(long afterSequence, int limit) {
            return List.of();
        }

        @Override
        public long lastSequence() {
            return 0;
        }
    }
}
