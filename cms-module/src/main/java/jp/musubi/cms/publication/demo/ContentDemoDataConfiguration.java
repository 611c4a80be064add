package jp.musubi.cms.publication.demo;

import java.time.Clock;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo content sections, in reference order after organizations (10) and accounts (20):
 * municipalities before the issues that name them, members before their seeds and 人材情報. They live with
 * publication, not content, because they publish what they load: content must not depend on
 * publication, which builds on it.
 */
@Configuration(proxyBeanMethods = false)
class ContentDemoDataConfiguration {

    private final ContentTypeRegistry registry;
    private final ContentService content;
    private final PublicationService publication;
    private final Clock clock;

    ContentDemoDataConfiguration(ContentTypeRegistry registry, ContentService content, PublicationService publication,
                                 Clock clock) {
        this.registry = registry;
        this.content = content;
        this.publication = publication;
        this.clock = clock;
    }

    @Bean
    ContentDemoData municipalityDemoData() {
        return section("cms-municipalities", 30, "municipalities.yml", "municipality");
    }

    @Bean
    ContentDemoData memberDemoData() {
        return section("cms-members", 40, "content/members.yml", "member");
    }

    @Bean
    ContentDemoData seedDemoData() {
        return section("cms-seeds", 50, "content/seeds.yml", "seed");
    }

    @Bean
    ContentDemoData talentDemoData() {
        return section("cms-talents", 55, "content/talents.yml", "talent");
    }

    @Bean
    ContentDemoData issueDemoData() {
        return section("cms-issues", 60, "content/issues.yml", "issue");
    }

    @Bean
    ContentDemoData articleDemoData() {
        return section("cms-articles", 70, "content/articles.yml", "article");
    }

    @Bean
    ContentDemoData eventDemoData() {
        return section("cms-events", 80, "content/events.yml", "event");
    }

    @Bean
    ContentDemoData pageDemoData() {
        return section("cms-pages", 90, "content/pages.yml", "page");
    }

    private ContentDemoData section(String name, int order, String file, String type) {
        return new ContentDemoData(name, order, file, type, registry, content, publication, clock);
    }
}
