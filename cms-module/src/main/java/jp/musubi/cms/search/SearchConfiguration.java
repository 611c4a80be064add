package jp.musubi.cms.search;

import java.time.Clock;

import jp.musubi.cms.content.ContentChangeLog;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search of this node: its index, the search over it, and the maintenance that follows the change log. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean
    SearchSchema searchSchema(ContentTypeRegistry registry) {
        return new SearchSchema(registry);
    }

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchProperties properties) {
        return SearchIndex.open(properties.indexDirectory(), new SearchAnalyzer());
    }

    @Bean
    SearchIndexRebuilder searchIndexRebuilder(SearchIndex index, SearchSchema schema, PublishedContent content,
                                              ContentChangeLog changes) {
        return new SearchIndexRebuilder(index, schema, content, changes);
    }

    @Bean
    LuceneContentSearch contentSearch(SearchIndex index, SearchSchema schema, SearchIndexRebuilder rebuilder,
                                      SearchProperties properties) {
        return new LuceneContentSearch(index, schema, rebuilder, true, Synonyms.of(properties.synonyms()));
    }

    @Bean
    SearchIndexScheduler searchIndexScheduler(SearchIndex index, SearchSchema schema, SearchIndexRebuilder rebuilder,
                                              SearchProperties properties, PublishedContent content,
                                              ContentChangeLog changes) {
        SearchIndexFollower follower = new SearchIndexFollower(index, schema, content, changes,
                properties.followBatchSize(), properties.gapGrace(), Clock.systemUTC());
        return new SearchIndexScheduler(rebuilder, follower, properties.followInterval());
    }

    @Bean
    SearchIndexMetrics searchIndexMetrics(SearchIndex index, ContentChangeLog changes) {
        return new SearchIndexMetrics(index, changes);
    }

    @Bean
    SearchIndexNudge searchIndexNudge(SearchIndexScheduler scheduler) {
        return new SearchIndexNudge(scheduler);
    }
}
