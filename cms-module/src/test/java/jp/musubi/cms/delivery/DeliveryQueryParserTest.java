package jp.musubi.cms.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.delivery.testdata.DeliveryTestData;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import org.junit.jupiter.api.Test;

class DeliveryQueryParserTest {

    private static final ContentTypeRegistry REGISTRY = DeliveryTestData.registry();
    private static final DeliveryFields FIELDS = DeliveryFields.of(REGISTRY.type("notice"));

    private static DeliveryQuery parse(String... keyValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            parameters.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
        }
        return DeliveryQueryParser.parse(parameters, FIELDS, 5, DeliveryProperties.defaults().like());
    }

    private static void assertRefused(String parameter, String detail, String... keyValues) {
        assertThatThrownBy(() -> parse(keyValues))
                .asInstanceOf(type(DeliveryProblem.class))
                .satisfies(problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.parameter()).isEqualTo(parameter);
                    assertThat(problem.detail()).isEqualTo(detail);
                });
    }

    @Test
    void withoutParametersTheEndpointLimitAndNoFilterApply() {
        DeliveryQuery query = parse();

        assertThat(query.limit()).isEqualTo(5);
        assertThat(query.offset()).isZero();
        assertThat(query.orderBy()).isEmpty();
        assertThat(query.filters()).isEmpty();
        assertThat(query.text()).isNull();
    }

    @Test
    void limitAndOffsetAreRead() {
        DeliveryQuery query = parse("limit", "100", "offset", "40");

        assertThat(query.limit()).isEqualTo(100);
        assertThat(query.offset()).isEqualTo(40);
    }

    @Test
    void limitAbove100OrBelow1OrNotANumberIsRefused() {
        String message = "limit には1から100までの整数を指定してください。";
        assertRefused("limit", message, "limit", "101");
        assertRefused("limit", message, "limit", "0");
        assertRefused("limit", message, "limit", "-1");
        assertRefused("limit", message, "limit", "ten");
        assertRefused("limit", message, "limit", "99999999999");
    }

    @Test
    void offsetMustBeANonNegativeInteger() {
        assertRefused("offset", "offset には0以上の整数を指定してください。", "offset", "-5");
        assertRefused("offset", "offset には0以上の整数を指定してください。", "offset", "1.5");
    }

    @Test
    void orderByTakesSeveralFieldsWithDirections() {
        DeliveryQuery query = parse("orderBy", "priority desc, title,mgnl:lastActivated ASC,@name,mgnl:created desc");

        assertThat(query.orderBy()).extracting(k -> k.field().name() + (k.descending() ? " desc" : " asc"))
                .containsExactly("priority desc", "title asc", "mgnl:lastActivated asc", "@name asc",
                        "mgnl:created desc");
    }

    @Test
    void orderByUnknownFieldNamesTheParameterAndTheField() {
        assertRefused("orderBy", "orderBy に指定した項目 foo はこのエンドポイントにありません。", "orderBy", "foo");
        assertRefused("orderBy", "orderBy に指定した項目 foo はこのエンドポイントにありません。", "orderBy", "title, foo desc");
    }

    @Test
    void orderByPersonalDataIsAsUnknownAsAMisspeltName() {
        assertRefused("orderBy", "orderBy に指定した項目 contactEmail はこのエンドポイントにありません。",
                "orderBy", "contactEmail");
    }

    @Test
    void orderByRefusesBadDirectionsEmptyEntriesSubModelsAndMultipleValues() {
        assertRefused("orderBy", "orderBy の「title up」は解釈できません。「項目名」または「項目名 asc」「項目名 desc」の形で指定してください。",
                "orderBy", "title up");
        assertRefused("orderBy", "orderBy に並べ替えの基準にする項目を指定してください。", "orderBy", "title,");
        assertRefused("orderBy", "orderBy に指定した項目 address は子ノードのため並べ替えに使えません。", "orderBy", "address");
        assertRefused("orderBy", "orderBy に指定した項目 tags は複数の値を持つため並べ替えに使えません。", "orderBy", "tags");
    }

    @Test
    void aPlainParameterIsAnEqualityFilter() {
        Filter filter = parse("category", "news").filters().get(0);

        assertThat(filter.field().name()).isEqualTo("category");
        assertThat(filter.operator()).isEqualTo(FilterOperator.EQ);
        assertThat(filter.operands()).containsExactly("news");
    }

    @Test
    void everyOperatorIsReadWithValuesTypedByTheProperty() {
        assertThat(parse("priority[eq]", "3").filters().get(0).operands()).containsExactly(new BigDecimal("3"));
        assertThat(parse("priority[ne]", "3").filters().get(0).operator()).isEqualTo(FilterOperator.NE);
        assertThat(parse("publishedOn[lt]", "2026-12-01").filters().get(0).operands())
                .containsExactly(LocalDate.of(2026, 12, 1));
        assertThat(parse("fee[gt]", "100").filters().get(0).operator()).isEqualTo(FilterOperator.GT);
        assertThat(parse("score[lte]", "4.5").filters().get(0).operator()).isEqualTo(FilterOperator.LTE);
        assertThat(parse("startAt[gte]", "2026-12-10T13:30").filters().get(0).operator()).isEqualTo(FilterOperator.GTE);
        assertThat(parse("title[like]", "%フェア%").filters().get(0).like().pattern()).isNotEmpty();
        assertThat(parse("tags[in]", "防災|農業").filters().get(0).operands()).containsExactly("防災", "農業");
        assertThat(parse("featured", "true").filters().get(0).operands()).containsExactly(true);
        assertThat(parse("mgnl:lastActivated[gt]", "2026-11-01").filters()).hasSize(1);
        assertThat(parse("@name[like]", "winter-%").filters()).hasSize(1);
    }

    @Test
    void everyValueOfARepeatedParameterIsACondition() {
        assertThat(parse("tags", "防災", "tags", "農業").filters()).hasSize(2);
    }

    @Test
    void qAndLangAreNotFilters() {
        DeliveryQuery query = parse("q", "  防災 ", "lang", "ja");

        assertThat(query.text()).isEqualTo("防災");
        assertThat(query.filters()).isEmpty();
        assertThat(parse("q", " ").text()).as("blank q searches nothing").isNull();
    }

    @Test
    void unknownPropertyUnknownOperatorAndMalformedValuesAreRefusedNamingTheParameter() {
        assertRefused("foo", "絞り込み条件 foo に指定した項目 foo はこのエンドポイントにありません。", "foo", "1");
        assertRefused("foo[gt]", "絞り込み条件 foo[gt] に指定した項目 foo はこのエンドポイントにありません。", "foo[gt]", "1");
        assertRefused("title[between]",
                "絞り込み条件 title[between] の演算子 between は使えません（使える演算子: eq, ne, lt, gt, lte, gte, like, in）。",
                "title[between]", "a");
        assertRefused("priority[gt]", "絞り込み条件 priority[gt] の値「high」は数値（例: 12、3.5）として解釈できません。",
                "priority[gt]", "high");
        assertRefused("publishedOn", "絞り込み条件 publishedOn の値「昨日」は日付（例: 2026-12-10）として解釈できません。",
                "publishedOn", "昨日");
        assertRefused("featured", "絞り込み条件 featured の値「yes」は真偽値（true または false）として解釈できません。",
                "featured", "yes");
        assertRefused("priority[in]", "絞り込み条件 priority[in] の値「x」は数値（例: 12、3.5）として解釈できません。",
                "priority[in]", "1|x");
    }

    @Test
    void personalDataCannotBeFilteredOn() {
        assertRefused("contactEmail[like]",
                "絞り込み条件 contactEmail[like] に指定した項目 contactEmail はこのエンドポイントにありません。",
                "contactEmail[like]", "%@example.jp");
    }

    @Test
    void likeIsForTextOnlyAndEmptyValuesAndOddNamesAreRefused() {
        assertRefused("priority[like]", "絞り込み条件 priority[like] の like は文字列の項目にだけ使えます。",
                "priority[like]", "1%");
        assertRefused("title", "絞り込み条件 title に値を指定してください。", "title", "");
        assertRefused("tags[in]", "絞り込み条件 tags[in] に値を指定してください。", "tags[in]", "||");
        assertRefused("title[eq", "パラメーター title[eq は解釈できません。絞り込みは「項目名=値」または「項目名[演算子]=値」の形で指定してください。",
                "title[eq", "x");
        assertRefused("address", "絞り込み条件 address に指定した項目 address は子ノードのため絞り込みに使えません。",
                "address", "x");
    }

    @Test
    void likePatternsAreCappedInLengthAndWildcards() {
        String longest = "冬".repeat(199) + "%";
        assertThat(parse("title[like]", longest).filters().get(0).like().pattern()).isEqualTo(longest);
        assertThat(parse("title[like]", "𠮷".repeat(200)).filters()).as("200 characters, though 400 chars").hasSize(1);
        assertThat(parse("title[like]", "%a%b%c%d%e%f%g%h%i%").filters()).as("10 wildcards").hasSize(1);

        assertRefused("title[like]", "絞り込み条件 title[like] の like のパターンが長すぎます。200文字以内で指定してください。",
                "title[like]", longest + "x");
        assertRefused("title[like]", "絞り込み条件 title[like] の like に使える % は10個までです。",
                "title[like]", "%%%%%%%%%%%");
        assertRefused("title[like]", "絞り込み条件 title[like] の like のパターンが長すぎます。200文字以内で指定してください。",
                "title[like]", "%".repeat(1000));
    }

    @Test
    void theCapsComeFromTheSettings() {
        DeliveryProperties.Like strict = new DeliveryProperties.Like(5, 2);
        Map<String, List<String>> five = Map.of("title[like]", List.of("%ab%c"));

        assertThat(DeliveryQueryParser.parse(five, FIELDS, 5, strict).filters()).hasSize(1);
        assertThatThrownBy(() -> DeliveryQueryParser.parse(Map.of("title[like]", List.of("%abc%d")), FIELDS, 5, strict))
                .hasMessage("絞り込み条件 title[like] の like のパターンが長すぎます。5文字以内で指定してください。");
        assertThatThrownBy(() -> DeliveryQueryParser.parse(Map.of("title[like]", List.of("%a%%")), FIELDS, 5, strict))
                .hasMessage("絞り込み条件 title[like] の like に使える % は2個までです。");
    }
}
