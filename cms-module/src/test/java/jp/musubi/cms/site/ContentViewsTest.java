package jp.musubi.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import org.junit.jupiter.api.Test;

/** The view model of public pages and of the editor's preview: deliverable properties only, labels, dates. */
class ContentViewsTest {

    private final ContentViews views = new ContentViews(ContentTypeRegistry.loadFromClasspath());

    @Test
    void personalDataNeverEntersTheViewEvenWhenTheItemHoldsIt() {
        ContentView issue = views.of("issues", "an-issue", Map.of(
                "title", "課題", "publicStatus", "recruiting", "proposalDeadline", "2026-12-25",
                "contactPerson", "森 和彦", "contactEmail", "k.mori@city.example.jp", "contactPhone", "0285-00-3311",
                "tags", List.of("防災", "IoT")), Instant.parse("2026-11-22T00:00:00Z"), null);

        assertThat(issue.values()).containsKeys("title", "publicStatus", "proposalDeadline", "tags")
                .doesNotContainKeys("contactPerson", "contactEmail", "contactPhone");
        assertThat(issue.label("publicStatus")).isEqualTo("募集中");
        assertThat(issue.date("proposalDeadline")).isEqualTo("2026年12月25日");
        assertThat(issue.publishedDate()).isEqualTo("2026年11月22日");
        assertThat(issue.list("tags")).containsExactly("防災", "IoT");
    }

    @Test
    void dateTimesAreWrittenTheJapaneseWay() {
        assertThat(JapaneseDates.format("2026-12-10T13:30")).isEqualTo("2026年12月10日 13:30");
        assertThat(JapaneseDates.format("not a date")).isEqualTo("not a date");
        assertThat(JapaneseDates.format((String) null)).isNull();
    }

    @Test
    void pageMetaShortensTheDescriptionToPlainText() {
        PageMeta meta = PageMeta.article("題", "/articles/x", "<p>" + "あ".repeat(200) + "</p>");
        assertThat(meta.description()).hasSize(120).endsWith("…").doesNotContain("<p>");
        assertThat(meta.asPreview().preview()).isTrue();
    }
}
