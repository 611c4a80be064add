package jp.musubi.cms.delivery;

import static jp.musubi.cms.delivery.testdata.DeliveryTestData.notice;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.delivery.testdata.DeliveryTestData;
import jp.musubi.cms.delivery.testdata.DeliveryTestData.Item;
import org.junit.jupiter.api.Test;

/** Each operator against each kind of value, through the parser as a request would use them. */
class FilterTest {

    private static final DeliveryFields FIELDS = DeliveryFields.of(DeliveryTestData.registry().type("notice"));

    private static boolean matches(Item item, String parameter, String value) {
        Filter filter = DeliveryQueryParser.parse(Map.of(parameter, List.of(value)), FIELDS, 10,
                DeliveryProperties.defaults().like()).filters().get(0);
        return filter.matches(FIELDS.valuesOf(item.build()));
    }

    private static Item withPriority(long priority) {
        return notice("n").with("title", "t").with("priority", priority);
    }

    @Test
    void numericComparisonsAreNumericNotLexicographic() {
        Item nine = withPriority(9);
        assertThat(matches(nine, "priority[lt]", "10")).isTrue();
        assertThat(matches(nine, "priority[gt]", "10")).isFalse();
        assertThat(matches(nine, "priority[lte]", "9")).isTrue();
        assertThat(matches(nine, "priority[gte]", "9.0")).isTrue();
        assertThat(matches(nine, "priority[gte]", "9.5")).isFalse();
        assertThat(matches(nine, "priority", "9")).isTrue();
        assertThat(matches(nine, "priority[eq]", "9.00")).isTrue();
        assertThat(matches(nine, "priority[ne]", "9")).isFalse();
        assertThat(matches(nine, "priority[ne]", "8")).isTrue();
        assertThat(matches(nine, "priority[in]", "1|9|20")).isTrue();
        assertThat(matches(nine, "priority[in]", "1|20")).isFalse();
    }

    @Test
    void doublesAndDecimalsCompareAsNumbers() {
        Item item = notice("n").with("title", "t").with("score", 4.5).with("fee", new BigDecimal("1500.50"));
        assertThat(matches(item, "score[gt]", "4.25")).isTrue();
        assertThat(matches(item, "score[lt]", "4.5")).isFalse();
        assertThat(matches(item, "fee", "1500.5")).isTrue();
        assertThat(matches(item, "fee[lt]", "2000")).isTrue();
    }

    @Test
    void datesAndDateTimesCompareChronologically() {
        Item item = notice("n").with("title", "t").with("publishedOn", "2026-12-10").with("startAt", "2026-12-10T13:30");
        assertThat(matches(item, "publishedOn[gte]", "2026-12-10")).isTrue();
        assertThat(matches(item, "publishedOn[gt]", "2026-12-10")).isFalse();
        assertThat(matches(item, "publishedOn[lt]", "2027-01-01")).isTrue();
        assertThat(matches(item, "startAt[gt]", "2026-12-10")).as("a day means its start").isTrue();
        assertThat(matches(item, "startAt[lt]", "2026-12-10T09:00")).isFalse();
        assertThat(matches(item, "startAt", "2026-12-10T13:30:00")).isTrue();
    }

    @Test
    void systemDatesCompareAsInstants() {
        Item item = notice("n").with("title", "t").activated("2026-11-22T01:00:00Z");
        assertThat(matches(item, "mgnl:lastActivated[gte]", "2026-11-22T10:00:00+09:00")).isTrue();
        assertThat(matches(item, "mgnl:lastActivated[gt]", "2026-11-22T10:00:00+09:00")).isFalse();
        assertThat(matches(item, "mgnl:lastActivated[lt]", "2026-11-23")).isTrue();
    }

    @Test
    void stringsCompareLexicographically() {
        Item item = notice("beta").with("title", "B");
        assertThat(matches(item, "title[gt]", "A")).isTrue();
        assertThat(matches(item, "title[lt]", "A")).isFalse();
        assertThat(matches(item, "title", "b")).as("case matters, as in JCR").isFalse();
        assertThat(matches(item, "@name[gte]", "beta")).isTrue();
    }

    @Test
    void booleansMatchTheirValue() {
        Item item = notice("n").with("title", "t").with("featured", true);
        assertThat(matches(item, "featured", "true")).isTrue();
        assertThat(matches(item, "featured", "false")).isFalse();
        assertThat(matches(item, "featured[ne]", "false")).isTrue();
    }

    @Test
    void likeTreatsPercentAsWildcardAndEverythingElseLiterally() {
        Item item = notice("n").with("title", "冬のフェア (2026)");
        assertThat(matches(item, "title[like]", "冬の%")).isTrue();
        assertThat(matches(item, "title[like]", "%フェア%")).isTrue();
        assertThat(matches(item, "title[like]", "%(2026)")).isTrue();
        assertThat(matches(item, "title[like]", "フェア%")).isFalse();
        assertThat(matches(item, "title[like]", "冬.*")).as("no regular expressions").isFalse();
        assertThat(matches(item, "title[like]", "冬_フェア%")).as("_ is no wildcard").isFalse();
        assertThat(matches(item, "title[like]", "%%フェア%%")).as("runs of % are one").isTrue();
        assertThat(matches(item, "title[like]", "冬のフェア (2026)")).isTrue();
    }

    @Test
    void aMultipleValuedPropertyMatchesWhenAnyValueMatches() {
        Item item = notice("n").with("title", "t").with("tags", List.of("防災", "農業"));
        assertThat(matches(item, "tags", "農業")).isTrue();
        assertThat(matches(item, "tags", "観光")).isFalse();
        assertThat(matches(item, "tags[in]", "観光|防災")).isTrue();
        assertThat(matches(item, "tags[like]", "農%")).isTrue();
        assertThat(matches(item, "tags[ne]", "防災")).as("農業 is not 防災").isTrue();
        Item onlyDisaster = notice("m").with("title", "t").with("tags", List.of("防災"));
        assertThat(matches(onlyDisaster, "tags[ne]", "防災")).isFalse();
    }

    @Test
    void anItemWithoutTheValueNeverMatches() {
        Item item = notice("n").with("title", "t");
        assertThat(matches(item, "priority[ne]", "1")).isFalse();
        assertThat(matches(item, "tags[like]", "%")).isFalse();
        assertThat(matches(item, "featured", "false")).isFalse();
    }
}
