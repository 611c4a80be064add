package jp.musubi.cms.publication.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.demo.DemoDataReader;
import jp.musubi.cms.demo.DemoDataSection;
import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo content of the repository's seeds/ loads through the content service, in reference order.
 * Rolled back afterwards, so the other tests sharing the database do not see it.
 */
@CmsSpringBootTest
@Transactional
class ContentDemoDataTest {

    @Autowired
    List<DemoDataSection> sections;

    @Autowired
    ResourceLoader resourceLoader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentService content;

    @Autowired
    PublishedContent published;

    @Test
    void loadsTheDemoContentOfSeedsInReferenceOrder() {
        List<DemoDataSection> contentSections = sections.stream()
                .filter(ContentDemoData.class::isInstance)
                .sorted(Comparator.comparingInt(DemoDataSection::order))
                .toList();
        assertThat(contentSections).extracting(DemoDataSection::name).containsExactly("cms-municipalities",
                "cms-members", "cms-seeds", "cms-talents", "cms-issues", "cms-articles", "cms-events", "cms-pages");
        assertThat(contentSections).extracting(DemoDataSection::order).allMatch(order -> order >= 30 && order <= 90);

        DemoDataReader reader = new DemoDataReader(resourceLoader, "file:../seeds/");
        contentSections.forEach(section -> section.load(reader));

        assertThat(count("municipalities")).isEqualTo(25);
        assertThat(count("members")).isEqualTo(10);
        assertThat(count("seeds")).isEqualTo(15);
        assertThat(count("talents")).isEqualTo(4);
        assertThat(countPublished("talents")).isEqualTo(4);
        assertThat(count("issues")).isEqualTo(6);
        assertThat(count("articles")).isEqualTo(8);
        assertThat(count("events")).isEqualTo(4);
        assertThat(count("pages")).isEqualTo(3);
        assertThat(countPublished("articles")).isEqualTo(7);
        assertThat(countPublished("municipalities")).isEqualTo(25);
        assertThat(countPublished("issues")).as("recruiting, selecting and matched issues").isEqualTo(3);

        ContentItem article = content.get("articles", "issue-nasushiobara-water-pipe-proposals");
        assertThat(article.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(article.lastActivated().at())
                .isEqualTo(OffsetDateTime.parse("2026-11-16T10:00+09:00").toInstant());
        assertThat(article.lastActivated().by()).isEqualTo("system");
        assertThat(article.created().by()).isEqualTo("system");
        assertThat(content.get("articles", "report-meeting-2027-notice").status())
                .as("the draft").isEqualTo(PublicationStatus.UNPUBLISHED);

        ContentItem issue = content.get("issues", "oyama-small-river-water-level");
        assertThat(issue.status()).as("stage intake").isEqualTo(PublicationStatus.UNPUBLISHED);
        assertThat(issue.properties()).containsEntry("municipality", "oyama")
                .containsEntry("contactPerson", "森 和彦");
        assertThat(published.find("municipalities", "utsunomiya").orElseThrow().properties())
                .containsEntry("title", "宇都宮市").containsEntry("code", "092011");
        assertThat(published.find("seeds", "lpwa-water-level-sensor").orElseThrow().properties())
                .containsEntry("member", "nasuno-denshi");
        assertThat(published.find("talents", "hibari-node-data-team").orElseThrow().properties())
                .containsEntry("member", "hibari-node").containsEntry("availability", "project");
    }

    private long count(String workspace) {
        return jdbc.sql("SELECT COUNT(*) FROM cms_item WHERE workspace = ? AND created_by = 'system'")
                .param(workspace).query(Long.class).single();
    }

    private long countPublished(String workspace) {
        return jdbc.sql("SELECT COUNT(*) FROM cms_item WHERE workspace = ? AND created_by = 'system'"
                        + " AND published_revision IS NOT NULL")
                .param(workspace).query(Long.class).single();
    }
}
