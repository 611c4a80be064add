package jp.musubi.cms.search;

import static jp.musubi.cms.search.LuceneSearchRelevanceTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 21, item 20: other spellings of a word find the same content, on the demo content. */
class SearchReadingsTest {

    private static SearchFixture fixture;

    @BeforeAll
    static void indexDemoContent() {
        fixture = SearchFixture.demo(true);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static SearchResult search(String workspace, String text) {
        return fixture.search().search(new SearchQuery(workspace, text, Map.of(), 0, 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"いちご", "イチゴ", "苺"})
    void everySpellingOfStrawberryFindsTheGreenhouseSeed(String word) {
        assertThat(names(search("seeds", word))).contains("greenhouse-environment-control");
    }

    @Test
    void theReadingOfAWordInKanaFindsItsKanji() {
        assertThat(names(search(null, "すいどう"))).contains("nasushiobara-water-pipe-aging");
        assertThat(names(search(null, "スイドウ"))).contains("nasushiobara-water-pipe-aging");
    }

    @Test
    void readingsFoldKatakanaToHiraganaAndUseKuromojisReading() {
        assertThat(Readings.of("苺")).isEqualTo("イチゴ");
        assertThat(Readings.of("いちご")).isEqualTo(Readings.of("イチゴ"));
        assertThat(Readings.of("水道管")).startsWith("スイドウ");
        assertThat(Readings.of("すいどう")).isEqualTo("スイドウ");
    }

    @Test
    void theShippedSynonymsJoinTheIssuesExamplesAndAnAdministratorCanAddGroups() {
        Synonyms shipped = Synonyms.of(List.of());
        assertThat(shipped.of("苺")).contains("いちご", "イチゴ");
        assertThat(shipped.of("自治体")).contains("市町村", "市町");
        assertThat(shipped.of("市町")).contains("自治体", "市町村");
        assertThat(shipped.of("ai")).contains("人工知能");
        assertThat(shipped.of("人工知能")).contains("AI");

        Synonyms extended = Synonyms.of(List.of("見守り、モニタリング", "", "# a comment", "モニタリング,監視"));
        assertThat(extended.of("見守り")).containsExactlyInAnyOrder("モニタリング", "監視");
        assertThat(extended.of("苺")).contains("いちご");
        assertThat(extended.of("水道")).isEmpty();
    }

    @Test
    void aSynonymFindsWhatTheWordItselfWouldNot() {
        List<String> byWord = names(search(null, "人工知能"));
        List<String> bySynonym = names(search(null, "AI"));
        assertThat(bySynonym).isNotEmpty();
        assertThat(byWord).containsAll(bySynonym);
    }

    @Test
    void matchesAreHighlightedInTitlesToo() {
        SearchHit hit = search("seeds", "苺").hits().stream()
                .filter(h -> h.name().equals("greenhouse-environment-control")).findFirst().orElseThrow();
        assertThat(hit.highlights().get("title")).contains("<mark>いちご</mark>");
    }

    @Test
    void theIndexLayoutWasBumpedSoOldIndexesAreRebuilt() {
        assertThat(SearchFields.SCHEMA).isNotEqualTo("1");
    }
}
