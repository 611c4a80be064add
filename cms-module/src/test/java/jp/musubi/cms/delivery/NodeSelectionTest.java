package jp.musubi.cms.delivery;

import static jp.musubi.cms.delivery.testdata.DeliveryTestData.notice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jp.musubi.cms.content.PublishedItem;
import jp.musubi.cms.delivery.testdata.DeliveryTestData;
import jp.musubi.cms.search.SearchHit;
import org.junit.jupiter.api.Test;

class NodeSelectionTest {

    private static final DeliveryFields FIELDS = DeliveryFields.of(DeliveryTestData.registry().type("notice"));

    private final List<DeliveryNode> nodes = new ArrayList<>();
    private final Map<String, DeliveryNode> byName = new LinkedHashMap<>();
    /** Advanced by the budget tests; stands still otherwise, as the other tests are about which nodes. */
    private final AtomicLong nanos = new AtomicLong();
    private long nanosPerRead;

    private void add(PublishedItem item) {
        DeliveryNode node = new DeliveryNode(item, new byte[0], item.lastActivated(), FIELDS.valuesOf(item));
        nodes.add(node);
        byName.put(item.name(), node);
    }

    private ResultPage select(List<SearchHit> hits, String... keyValues) {
        return select(Duration.ofSeconds(2), hits, keyValues);
    }

    private ResultPage select(Duration budget, List<SearchHit> hits, String... keyValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            parameters.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
        }
        DeliveryQuery query = DeliveryQueryParser.parse(parameters, FIELDS, 3, DeliveryProperties.defaults().like());
        RequestDeadline deadline = RequestDeadline.after(budget, () -> nanos.getAndAdd(nanosPerRead));
        return NodeSelection.select(nodes, byName, query, hits, deadline);
    }

    private static List<String> names(ResultPage page) {
        return page.nodes().stream().map(DeliveryNode::name).toList();
    }

    private void addNumbered(int count) {
        for (int i = 1; i <= count; i++) {
            add(notice(String.format("n%02d", i)).with("title", "t").with("priority", (long) (i % 3)).build());
        }
    }

    @Test
    void pagesCountEveryMatchAndKeepTheRequestedWindow() {
        addNumbered(7);

        ResultPage first = select(null);
        ResultPage second = select(null, "offset", "3");
        ResultPage last = select(null, "offset", "6", "limit", "3");
        ResultPage beyond = select(null, "offset", "50");

        assertThat(names(first)).containsExactly("n01", "n02", "n03");
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.limit()).as("the endpoint's default").isEqualTo(3);
        assertThat(names(second)).containsExactly("n04", "n05", "n06");
        assertThat(second.offset()).isEqualTo(3);
        assertThat(names(last)).containsExactly("n07");
        assertThat(beyond.nodes()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
    }

    @Test
    void totalCountsMatchesOfTheFiltersOnly() {
        addNumbered(7);

        ResultPage page = select(null, "priority", "1");

        assertThat(page.total()).isEqualTo(3);
        assertThat(names(page)).containsExactly("n01", "n04", "n07");
    }

    @Test
    void orderByAppliesKeysInTurnThenTheName() {
        addNumbered(7);

        ResultPage page = select(null, "orderBy", "priority desc, @name desc", "limit", "10");
        ResultPage ascending = select(null, "orderBy", "priority", "limit", "10");

        assertThat(names(page)).containsExactly("n05", "n02", "n07", "n04", "n01", "n06", "n03");
        assertThat(names(ascending)).containsExactly("n03", "n06", "n01", "n04", "n07", "n02", "n05");
    }

    @Test
    void itemsWithoutTheValueComeLastInBothDirections() {
        add(notice("dated-early").with("title", "t").with("publishedOn", "2026-01-01").build());
        add(notice("undated").with("title", "t").build());
        add(notice("dated-late").with("title", "t").with("publishedOn", "2026-12-01").build());

        assertThat(names(select(null, "orderBy", "publishedOn desc"))).containsExactly("dated-late", "dated-early", "undated");
        assertThat(names(select(null, "orderBy", "publishedOn asc"))).containsExactly("dated-early", "dated-late", "undated");
    }

    @Test
    void orderBySystemDates() {
        add(notice("old").with("title", "t").activated("2026-01-01T00:00:00Z").created("2026-03-01T00:00:00Z").build());
        add(notice("new").with("title", "t").activated("2026-06-01T00:00:00Z").created("2026-02-01T00:00:00Z").build());

        assertThat(names(select(null, "orderBy", "mgnl:lastActivated desc"))).containsExactly("new", "old");
        assertThat(names(select(null, "orderBy", "mgnl:created"))).containsExactly("new", "old");
    }

    @Test
    void hitsRestrictTheResultsInRelevanceOrder() {
        addNumbered(5);
        List<SearchHit> hits = List.of(hit("n04"), hit("n02"), hit("n05"));

        ResultPage page = select(hits);

        assertThat(names(page)).containsExactly("n04", "n02", "n05");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void orderByOverridesRelevanceAndFiltersStillApply() {
        addNumbered(5);
        List<SearchHit> hits = List.of(hit("n04"), hit("n02"), hit("n05"), hit("n01"));

        assertThat(names(select(hits, "orderBy", "@name"))).containsExactly("n01", "n02", "n04");
        assertThat(names(select(hits, "priority[ne]", "1"))).containsExactly("n02", "n05");
    }

    @Test
    void hitsThatAreNotPublishedOrHaveAnotherIdAreDropped() {
        addNumbered(2);
        List<SearchHit> hits = List.of(
                new SearchHit(UUID.randomUUID(), "notices", "n01", 3f, Map.of()),
                new SearchHit(UUID.randomUUID(), "notices", "draft-only", 2f, Map.of()),
                hit("n02"), hit("n02"));

        ResultPage page = select(hits);

        assertThat(names(page)).containsExactly("n02");
        assertThat(page.total()).isEqualTo(1);
    }

    private SearchHit hit(String name) {
        return new SearchHit(byName.get(name).item().id(), "notices", name, 1f, Map.of());
    }

    // ---- time budget: each read of the time source moves it one second on ----------------------

    @Test
    void filteringGivesUpWith503OnceTheBudgetIsSpent() {
        addNumbered(200);
        nanosPerRead = Duration.ofSeconds(1).toNanos();

        // Read at the start (0 s, deadline 2 s), then at nodes 1 (1 s) and 65 (2 s): spent.
        assertThatThrownBy(() -> select(Duration.ofSeconds(2), null, "priority", "1"))
                .asInstanceOf(type(DeliveryProblem.class))
                .satisfies(problem -> {
                    assertThat(problem.status()).isEqualTo(503);
                    assertThat(problem.title()).isEqualTo("時間内に処理できませんでした");
                    assertThat(problem.detail()).isEqualTo("リクエストの処理が制限時間（2秒）を超えたため中止しました。"
                            + "絞り込みの条件を見直すか、しばらくしてから再度お試しください。");
                    assertThat(problem.parameter()).isNull();
                });
        // Reads at 1, 65, 129 and 193 (1 to 4 s after the start): within a 5-second budget.
        assertThat(select(Duration.ofSeconds(5), null, "priority", "1").total()).isEqualTo(67);
    }

    @Test
    void orderingIsWithinTheBudgetToo() {
        addNumbered(64);
        nanosPerRead = Duration.ofSeconds(1).toNanos();

        // 64 nodes are one read of the time while filtering; sorting them compares far more often.
        assertThat(select(Duration.ofSeconds(2), null, "priority[gte]", "0").total()).isEqualTo(64);
        assertThatThrownBy(() -> select(Duration.ofSeconds(2), null, "orderBy", "priority"))
                .asInstanceOf(type(DeliveryProblem.class))
                .extracting(DeliveryProblem::status).isEqualTo(503);
    }

    @Test
    void searchHitsAreWithinTheBudgetToo() {
        addNumbered(100);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            hits.add(hit(String.format("n%02d", i)));
        }
        nanosPerRead = Duration.ofSeconds(1).toNanos();

        assertThatThrownBy(() -> select(Duration.ofSeconds(2), hits))
                .asInstanceOf(type(DeliveryProblem.class))
                .extracting(DeliveryProblem::status).isEqualTo(503);
    }

    @Test
    void aPlainPageNeedsNoBudget() {
        addNumbered(200);
        nanosPerRead = Duration.ofSeconds(1).toNanos();

        assertThat(select(Duration.ofNanos(1), null).total()).as("no filter, no order: nothing to loop over")
                .isEqualTo(200);
    }
}
