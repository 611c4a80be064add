package jp.musubi.cms.search;

import static jp.musubi.cms.search.LuceneSearchRelevanceTest.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.PublishedItem;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Filters, paging, facets, highlighting, personal data and hostile input, on the demo content. */
class LuceneSearchQueryTest {

    private static final DemoContent DEMO = DemoContent.load(SearchFixture.REGISTRY);
    private static SearchFixture fixture;

    @BeforeAll
    static void indexDemoContent() {
        fixture = SearchFixture.demo(true);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static SearchResult search(String workspace, String text, Map<String, List<String>> filters) {
        return fixture.search().search(new SearchQuery(workspace, text, filters, 0, 100));
    }

    private static List<String> publishedNames(String workspace, Predicate<PublishedItem> condition) {
        return DEMO.published().stream().filter(i -> i.workspace().equals(workspace)).filter(condition)
                .map(PublishedItem::name).toList();
    }

    private static Predicate<PublishedItem> has(String property, String value) {
        return item -> {
            Object stored = item.properties().get(property);
            return stored instanceof Collection<?> values ? values.contains(value) : value.equals(stored);
        };
    }

    @Nested
    class Filters {

        @Test
        void aMultipleValuedPropertyMatchesWhenOneOfItsValuesDoes() {
            List<String> expected = publishedNames("seeds", has("tags", "IoT"));
            assertThat(expected).hasSizeGreaterThan(2);

            assertThat(names(search("seeds", "", Map.of("tags", List.of("IoT")))))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void severalValuesOfOneFilterAreAlternatives() {
            List<String> expected = publishedNames("seeds", has("tags", "IoT").or(has("tags", "防災")));

            assertThat(names(search("seeds", "", Map.of("tags", List.of("IoT", "防災")))))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void everyFilterMustMatch() {
            List<String> expected = publishedNames("seeds", has("tags", "IoT").and(has("fields", "農業")));
            assertThat(expected).isNotEmpty();

            assertThat(names(search("seeds", "", Map.of("tags", List.of("IoT"), "fields", List.of("農業")))))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void filtersNarrowATextSearch() {
            SearchResult all = search("seeds", "センサー", Map.of());
            SearchResult filtered = search("seeds", "センサー", Map.of("fields", List.of("防災")));

            assertThat(filtered.total()).isPositive().isLessThan(all.total());
            assertThat(names(filtered)).allSatisfy(name ->
                    assertThat(publishedNames("seeds", has("fields", "防災"))).contains(name));
        }

        @Test
        void anOptionMatchesByValueOrByLabel() {
            List<String> expected = publishedNames("issues", has("publicStatus", "recruiting"));
            assertThat(expected).isNotEmpty();

            assertThat(names(search("issues", "", Map.of("publicStatus", List.of("recruiting")))))
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(names(search("issues", "", Map.of("publicStatus", List.of("募集中")))))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void aReferenceCanBeFilteredBy() {
            List<String> expected = publishedNames("seeds", has("member", "nasuno-denshi"));
            assertThat(expected).hasSizeGreaterThan(1);

            assertThat(names(search("seeds", "", Map.of("member", List.of("nasuno-denshi")))))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void aFilterOnAPropertyThatIsNoKeywordMatchesNothing() {
            assertThat(search("seeds", "", Map.of("title", List.of("観光地の人流分析と混雑の見える化"))).total()).isZero();
            assertThat(search("seeds", "", Map.of("noSuchProperty", List.of("x"))).total()).isZero();
        }

        @Test
        void anEmptyValueListIsNoFilter() {
            assertThat(search("seeds", "", Map.of("tags", List.of())).total())
                    .isEqualTo(publishedNames("seeds", i -> true).size());
        }

        @Test
        void anUnknownWorkspaceHasNoHits() {
            assertThat(search("no-such-workspace", "", Map.of()).total()).isZero();
        }
    }

    @Nested
    class Paging {

        @Test
        void pagesSplitTheListingWithTheSameTotal() {
            List<String> everything = names(search("seeds", "", Map.of()));
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < everything.size(); offset += 4) {
                SearchResult page = fixture.search().search(new SearchQuery("seeds", "", Map.of(), offset, 4));
                assertThat(page.total()).isEqualTo(everything.size());
                assertThat(page.hits()).hasSizeLessThanOrEqualTo(4);
                paged.addAll(names(page));
            }

            assertThat(everything).hasSize(15);
            assertThat(paged).containsExactlyElementsOf(everything);
        }

        @Test
        void pagesOfATextSearchFollowTheRanking() {
            List<String> ranked = names(search(null, "データ", Map.of()));
            SearchResult second = fixture.search().search(new SearchQuery(null, "データ", Map.of(), 3, 3));

            assertThat(second.total()).isEqualTo(ranked.size());
            assertThat(names(second)).containsExactlyElementsOf(ranked.subList(3, 6));
        }

        @Test
        void limitZeroOrAnOffsetPastTheEndGiveOnlyTheTotal() {
            assertThat(fixture.search().search(new SearchQuery("seeds", "", Map.of(), 0, 0)))
                    .satisfies(r -> assertThat(r.total()).isEqualTo(15))
                    .satisfies(r -> assertThat(r.hits()).isEmpty());
            assertThat(fixture.search().search(new SearchQuery("seeds", "", Map.of(), 50, 10)))
                    .satisfies(r -> assertThat(r.total()).isEqualTo(15))
                    .satisfies(r -> assertThat(r.hits()).isEmpty());
        }

        @Test
        void aNegativeOffsetIsTheFirstPageAndAHugeLimitIsEveryHit() {
            SearchResult result = fixture.search().search(new SearchQuery("seeds", "", Map.of(), -5, Integer.MAX_VALUE));

            assertThat(result.hits()).hasSize(15);
        }
    }

    @Nested
    class Facets {

        @Test
        void countTheValuesOfTheKeywordPropertiesAmongTheHits() {
            SearchResult result = search("seeds", "", Map.of());

            assertThat(result.facets()).containsKeys("tags", "fields", "member");
            assertThat(result.facets().get("tags"))
                    .contains(new FacetCount("IoT", publishedNames("seeds", has("tags", "IoT")).size()));
            assertThat(result.facets().get("fields")).first()
                    .satisfies(top -> assertThat(top.count()).isGreaterThanOrEqualTo(
                            result.facets().get("fields").get(result.facets().get("fields").size() - 1).count()));
        }

        @Test
        void countOnlyTheHits() {
            SearchResult result = search("seeds", "ドローン", Map.of());

            long droneSeedsWithDisasterField = result.hits().stream()
                    .filter(hit -> has("fields", "防災").test(DEMO.item("seeds", hit.name()))).count();
            assertThat(result.facets().get("fields")).contains(new FacetCount("防災", droneSeedsWithDisasterField));
            assertThat(result.facets().get("tags").stream().mapToLong(FacetCount::count).max().orElseThrow())
                    .isLessThanOrEqualTo(result.total());
        }

        @Test
        void optionsAreCountedByValue() {
            SearchResult result = search("issues", "", Map.of());

            assertThat(result.facets().get("publicStatus")).extracting(FacetCount::value)
                    .containsExactlyInAnyOrder("recruiting", "selecting", "matched");
        }

        @Test
        void areNotCountedAcrossWorkspaces() {
            assertThat(search(null, "", Map.of()).facets()).isEmpty();
        }
    }

    @Nested
    class Highlighting {

        @Test
        void marksTheMatchedWordsPerProperty() {
            SearchHit hit = search("seeds", "ドローン", Map.of()).hits().get(0);

            assertThat(hit.highlights()).containsKeys("title", "summary");
            assertThat(hit.highlights().values()).allSatisfy(fragment -> assertThat(fragment).contains("<mark>ドローン</mark>"));
        }

        @Test
        void showsRichTextAsTextAndOnlyPropertiesThatMatched() {
            SearchHit hit = search("issues", "退職", Map.of()).hits().get(0);

            assertThat(hit.name()).isEqualTo("nasushiobara-water-pipe-aging");
            assertThat(hit.highlights()).containsOnlyKeys("currentSituation");
            assertThat(hit.highlights().get("currentSituation")).contains("技術職員の<mark>退職</mark>").doesNotContain("<p>");
        }

        @Test
        void coverTheFirstHitsOfAPageOnly() {
            InMemoryContentStore store = new InMemoryContentStore();
            Instant now = Instant.parse("2026-11-01T00:00:00Z");
            for (int i = 0; i < LuceneContentSearch.MAX_HIGHLIGHTED_HITS + 10; i++) {
                store.publish(new PublishedItem(DemoContent.idOf("pages", "page-" + i), "page", "pages", "page-" + i,
                        "/page-" + i, Map.of("title", "防災のページ " + i, "body", "<p>本文</p>"),
                        1, PublicationStatus.PUBLISHED, now, now, now.plusSeconds(i)));
            }
            try (SearchFixture own = SearchFixture.inMemory(store)) {
                own.rebuild();

                List<SearchHit> hits = own.search().search(SearchQuery.of("pages", "防災", 1000)).hits();

                assertThat(hits).hasSize(LuceneContentSearch.MAX_HIGHLIGHTED_HITS + 10);
                assertThat(hits.subList(0, LuceneContentSearch.MAX_HIGHLIGHTED_HITS))
                        .allSatisfy(hit -> assertThat(hit.highlights()).containsKey("title"));
                assertThat(hits.subList(LuceneContentSearch.MAX_HIGHLIGHTED_HITS, hits.size()))
                        .allSatisfy(hit -> assertThat(hit.highlights()).isEmpty());
            }
        }

        @Test
        void escapesHtmlOfTheContent() {
            InMemoryContentStore store = new InMemoryContentStore();
            Instant now = Instant.parse("2026-11-01T00:00:00Z");
            store.publish(new PublishedItem(DemoContent.idOf("pages", "escape"), "page", "pages", "escape", "/escape",
                    Map.of("title", "<script>alert('x')</script> 防災 & \"減災\"",
                            "body", "<p>防災 &amp; 減災 &lt;b&gt;</p>"),
                    1, PublicationStatus.PUBLISHED, now, now, now));
            try (SearchFixture own = SearchFixture.inMemory(store)) {
                own.rebuild();

                SearchHit hit = own.search().search(SearchQuery.of("pages", "防災", 10)).hits().get(0);

                assertThat(hit.highlights().get("title"))
                        .contains("&lt;script&gt;", "<mark>防災</mark>", "&amp;", "&quot;減災&quot;")
                        .doesNotContain("<script");
                assertThat(hit.highlights().get("body")).isEqualTo("<mark>防災</mark> &amp; 減災 &lt;b&gt;");
            }
        }
    }

    @Nested
    class PersonalData {

        private final PublishedItem issue = DEMO.item("issues", "nasushiobara-water-pipe-aging");

        @ParameterizedTest
        @ValueSource(strings = {"contactPerson", "contactEmail", "contactPhone"})
        void isNeverFound(String property) {
            String value = (String) issue.properties().get(property);
            assertThat(value).isNotBlank();

            SearchResult result = search(null, value, Map.of());

            assertThat(names(result)).doesNotContain(issue.name());
        }

        @Test
        void isNotInTheIndexAtAll() {
            List<String> fields = fixture.index.search(searcher -> {
                List<String> names = new ArrayList<>();
                for (FieldInfo info : FieldInfos.getMergedFieldInfos(searcher.getIndexReader())) {
                    names.add(info.name);
                }
                return names;
            });

            assertThat(fields).isNotEmpty().noneMatch(name -> name.toLowerCase().contains("contact"));
        }

        @Test
        void isNeverHighlighted() {
            String person = (String) issue.properties().get("contactPerson");

            SearchResult result = search("issues", "水道 " + person.split(" ")[0], Map.of());
            SearchResult waterOnly = search("issues", "水道", Map.of());

            assertThat(result.total()).isZero();
            assertThat(waterOnly.hits()).isNotEmpty().allSatisfy(hit ->
                    assertThat(String.join(" ", hit.highlights().values())).doesNotContain(person.split(" ")[0]));
        }
    }

    @Nested
    class HostileInput {

        @ParameterizedTest
        @ValueSource(strings = {"\"", "*", "?", "\\", "~", "!", "(", ")", "[", "]", "{", "}", "^", ":", "/", "-",
                "\"\"\"", "**", "*:*", "&&", "||", "\u0000", "\uD800", "。、・"})
        void queriesOfOnlySyntaxFindNothingWithoutFailing(String text) {
            assertThat(fixture.search().search(SearchQuery.of(null, text, 10)).total()).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"AND (", "水道 AND (", "title:水道", "水道~2", "水道^10", "\"水道", "水道*", "+水道 -観光",
                "NOT 水道", "/水道/", "[a TO z]", "水道)", "水道\"", "' OR 1=1 --", "<script>alert(1)</script>"})
        void queryParserSyntaxIsPlainText(String text) {
            assertThatCode(() -> fixture.search().search(SearchQuery.of(null, text, 10))).doesNotThrowAnyException();
        }

        @Test
        void quotesAndWildcardsAroundAWordAreIgnored() {
            List<String> plain = names(search(null, "水道", Map.of()));

            assertThat(plain).isNotEmpty();
            assertThat(names(search(null, "\"水道\"", Map.of()))).isEqualTo(plain);
            assertThat(names(search(null, "水道*", Map.of()))).isEqualTo(plain);
        }

        @Test
        void veryLongInputIsCutToItsBeginning() {
            String longText = "水道管 " + "あ".repeat(100_000);
            String manyWords = "水道 " + "a ".repeat(50_000);

            assertThatCode(() -> fixture.search().search(SearchQuery.of(null, longText, 10))).doesNotThrowAnyException();
            assertThat(fixture.search().search(SearchQuery.of(null, manyWords, 10)).total()).isZero();
            assertThat(UserQuery.of(longText).words()).hasSize(2)
                    .satisfies(words -> assertThat(words.get(1).length()).isLessThan(UserQuery.MAX_LENGTH));
            assertThat(UserQuery.of(manyWords).words()).hasSize(2);
        }

        @Test
        void manyDistinctWordsStayWithinLuceneClauseLimits() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                text.append("データ活用").append(i).append(' ');
            }

            assertThatCode(() -> fixture.search().search(SearchQuery.of(null, text.toString(), 10)))
                    .doesNotThrowAnyException();
            assertThat(UserQuery.of(text.toString()).words()).hasSize(UserQuery.MAX_WORDS);
        }

        @Test
        void nullTextListsEverything() {
            assertThat(fixture.search().search(SearchQuery.of("seeds", null, 100)).total()).isEqualTo(15);
        }
    }
}
