package jp.musubi.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.musubi.cms.content.PublishedItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relevance on the demo content of seeds/content/*.yml. */
class LuceneSearchRelevanceTest {

    private static SearchFixture fixture;

    @BeforeAll
    static void indexDemoContent() {
        fixture = SearchFixture.demo(true);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void agingFindsTheWaterPipeIssueFirst() {
        SearchResult result = fixture.search().search(SearchQuery.of("issues", "老朽化", 10));

        assertThat(names(result)).first().isEqualTo("nasushiobara-water-pipe-aging");
        assertThat(result.hits().get(0).highlights().get("title")).isEqualTo("水道管の<mark>老朽化</mark>対策");
    }

    @Test
    void agingFindsTheWaterPipeIssueFirstAmongAllWorkspaces() {
        SearchResult result = fixture.search().search(SearchQuery.of(null, "老朽化", 10));

        assertThat(result.hits()).first().satisfies(hit -> {
            assertThat(hit.workspace()).isEqualTo("issues");
            assertThat(hit.name()).isEqualTo("nasushiobara-water-pipe-aging");
        });
        // The article calling for proposals on that issue and the pipe-ageing seed come right after.
        assertThat(names(result)).contains("issue-nasushiobara-water-pipe-proposals", "water-pipe-deterioration-prediction");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "くくりわな, smart-trap-notification",
            "デマンド交通, on-demand-transport-optimization",
            "チャットボット, multilingual-tourism-chatbot",
            "予知保全, visual-inspection-ai",
            "ノーコード, nocode-business-apps",
            "LPWA, lpwa-water-level-sensor",
            "劣化予測, water-pipe-deterioration-prediction",
            "3次元地図, drone-disaster-3d-mapping",
            "人流, tourism-flow-analysis",
            "WBGT, facility-environment-sensor",
            "橋梁, drone-bridge-inspection",
            "AI-OCR, ai-ocr-paper-applications",
            "環境制御, greenhouse-environment-control",
            "見守り カメラ, elderly-watching-sensors",
            "共創ワークショップ, co-creation-workshop-design"})
    void aSeedsDistinctiveWordsFindThatSeedFirst(String words, String seed) {
        SearchResult result = fixture.search().search(SearchQuery.of("seeds", words, 5));

        assertThat(names(result)).as("seeds for %s", words).first().isEqualTo(seed);
    }

    @Test
    void unpublishedItemsAreNeverFound() {
        DemoContent demo = DemoContent.load(SearchFixture.REGISTRY);
        assertThat(demo.unpublished()).isNotEmpty();

        for (PublishedItem unpublished : demo.unpublished()) {
            String title = (String) unpublished.properties().get("title");
            SearchResult byTitle = fixture.search().search(SearchQuery.of(null, title, 100));
            SearchResult listing = fixture.search().search(SearchQuery.of(unpublished.workspace(), "", 100));

            assertThat(names(byTitle)).as("search for %s", title).doesNotContain(unpublished.name());
            assertThat(names(listing)).doesNotContain(unpublished.name());
        }
    }

    @Test
    void emptyTextListsTheWorkspaceNewestFirst() {
        SearchResult result = fixture.search().search(SearchQuery.of("articles", "", 100));

        assertThat(result.total()).isEqualTo(7);
        assertThat(names(result)).first().isEqualTo("issue-nasushiobara-water-pipe-proposals");
        assertThat(names(result)).last().isEqualTo("website-open-member-recruitment");
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.highlights()).isEmpty());
    }

    static List<String> names(SearchResult result) {
        return result.hits().stream().map(SearchHit::name).toList();
    }
}
