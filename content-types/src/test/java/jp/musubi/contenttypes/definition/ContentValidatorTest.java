package jp.musubi.contenttypes.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContentValidatorTest {

    private static final ContentTypeRegistry REGISTRY = ContentTypeRegistry.loadFromClasspath();
    private final ContentValidator validator = new ContentValidator(REGISTRY);

    /** A mutable map, so a test can start from valid content and break one property. */
    private static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private ValidationResult validate(String type, Map<String, Object> input) {
        return validator.validate(type, input);
    }

    private List<String> messages(String type, Map<String, Object> input) {
        return validate(type, input).violations().stream().map(Violation::message).toList();
    }

    @Nested
    class Issue {

        private Map<String, Object> valid() {
            return values(
                    "title", " 河川水位の見える化 ",
                    "municipality", "utsunomiya",
                    "department", "危機管理課",
                    "summary", "大雨のたびに職員が現地で水位を確認している。\r\n遠隔で把握したい。",
                    "background", "<p>近年、局地的な大雨が増えています。</p>",
                    "currentSituation", "<p>職員が巡回しています。</p>",
                    "tags", List.of("防災", "IoT"),
                    "scope", "common",
                    "proposalDeadline", "2026-12-10",
                    "attachments", "jcr:3f1c2a90-asset",
                    "publicStatus", "recruiting",
                    "contactPerson", "栃木 太郎");
        }

        @Test
        void validContentIsStoredInCanonicalForm() {
            ValidationResult result = validate("issue", valid());

            assertThat(result.violations()).isEmpty();
            assertThat(result.isValid()).isTrue();
            assertThat(result.values()).containsExactly(
                    entry("title", "河川水位の見える化"),
                    entry("municipality", "utsunomiya"),
                    entry("department", "危機管理課"),
                    entry("summary", "大雨のたびに職員が現地で水位を確認している。\n遠隔で把握したい。"),
                    entry("background", "<p>近年、局地的な大雨が増えています。</p>"),
                    entry("currentSituation", "<p>職員が巡回しています。</p>"),
                    entry("tags", List.of("防災", "IoT")),
                    entry("scope", "common"),
                    entry("proposalDeadline", "2026-12-10"),
                    entry("attachments", List.of("jcr:3f1c2a90-asset")),
                    entry("publicStatus", "recruiting"),
                    entry("contactPerson", "栃木 太郎"));
        }

        @Test
        void everyMissingRequiredPropertyIsNamedByItsLabel() {
            assertThat(messages("issue", values("tags", List.of("防災")))).containsExactly(
                    "タイトルは必須です。", "市町は必須です。", "担当課は必須です。", "概要は必須です。",
                    "背景は必須です。", "現状は必須です。");
        }

        @Test
        void blankTextAndAnEmptiedEditorCountAsMissing() {
            Map<String, Object> input = valid();
            input.put("title", " \u3000 ");
            input.put("background", "<p>&nbsp;</p>\n<p></p>");
            input.put("currentSituation", null);

            ValidationResult result = validate("issue", input);

            assertThat(result.violations()).containsExactly(
                    new Violation("title", "タイトルは必須です。"),
                    new Violation("background", "背景は必須です。"),
                    new Violation("currentSituation", "現状は必須です。"));
        }

        @Test
        void optionNotAllowedListsTheLabels() {
            Map<String, Object> input = valid();
            input.put("publicStatus", "open");

            assertThat(validate("issue", input).violations()).containsExactly(new Violation("publicStatus",
                    "公開状態には次のいずれかを指定してください: 募集中, 選定中, マッチング済, 終了"));
        }

        @Test
        void anOptionGivenByItsLabelIsStoredAsItsValue() {
            Map<String, Object> input = valid();
            input.put("publicStatus", "選定中");

            assertThat(validate("issue", input).values()).containsEntry("publicStatus", "selecting");
        }

        @Test
        void badDates() {
            Map<String, Object> input = valid();
            input.put("proposalDeadline", "2026/12/10");
            assertThat(messages("issue", input)).containsExactly("募集締切日は 2026-12-10 の形式で入力してください。");

            input.put("proposalDeadline", "2026-02-30");
            assertThat(messages("issue", input)).containsExactly("募集締切日に存在しない日付が指定されています。");

            input.put("proposalDeadline", 20261210);
            assertThat(messages("issue", input)).containsExactly("募集締切日は 2026-12-10 の形式で入力してください。");
        }

        @Test
        void fullWidthDigitsAndJavaDatesAreAccepted() {
            Map<String, Object> input = valid();
            input.put("proposalDeadline", "２０２６-１２-１０");
            assertThat(validate("issue", input).values()).containsEntry("proposalDeadline", "2026-12-10");

            input.put("proposalDeadline", LocalDate.of(2027, 1, 5));
            assertThat(validate("issue", input).values()).containsEntry("proposalDeadline", "2027-01-05");
        }

        @Test
        void maxLengthCountsCharactersNotBytesOrUtf16Units() {
            Map<String, Object> input = valid();
            input.put("summary", "あ".repeat(400));
            assertThat(validate("issue", input).isValid()).isTrue();

            input.put("summary", "𠮷".repeat(400));
            assertThat(validate("issue", input).isValid()).isTrue();

            input.put("summary", "あ".repeat(401));
            assertThat(validate("issue", input).violations())
                    .containsExactly(new Violation("summary", "概要は400文字以内で入力してください。"));
        }

        @Test
        void unknownPropertiesAreRefused() {
            Map<String, Object> input = valid();
            input.put("foo", "x");
            input.put("@name", "kasen");

            assertThat(validate("issue", input).violations()).containsExactly(
                    new Violation("@name", "未定義の項目 @name は保存できません。"),
                    new Violation("foo", "未定義の項目 foo は保存できません。"));
        }

        @Test
        void wrongTypes() {
            Map<String, Object> input = valid();
            input.put("title", 123);
            input.put("background", List.of("<p>a</p>"));
            input.put("municipality", "Utsunomiya City");
            input.put("attachments", List.of("a b"));

            assertThat(validate("issue", input).violations()).containsExactly(
                    new Violation("title", "タイトルは文字列で入力してください。"),
                    new Violation("municipality", "市町には英小文字・数字・ハイフンからなる80文字以内の名前を指定してください。"),
                    new Violation("background", "背景には値を1つだけ指定してください。"),
                    new Violation("attachments[0]", "添付資料には正しいアセットIDを指定してください。"));
        }

        @Test
        void referenceSyntaxIsCheckedButNotExistence() {
            Map<String, Object> input = valid();
            input.put("municipality", "no-such-town-" + "x".repeat(67));
            assertThat(validate("issue", input).isValid()).as("80 characters").isTrue();

            input.put("municipality", "no-such-town-" + "x".repeat(68));
            assertThat(messages("issue", input)).as("81 characters").hasSize(1);

            input.put("municipality", "-utsunomiya");
            assertThat(messages("issue", input)).hasSize(1);
        }

        @Test
        void singleLineTextRefusesLineBreaksButMultilineKeepsThem() {
            Map<String, Object> input = valid();
            input.put("department", "危機管理課\n防災係");

            assertThat(messages("issue", input)).containsExactly("担当課は改行を含めずに入力してください。");
        }

        @Test
        void controlCharactersAreRefused() {
            Map<String, Object> input = valid();
            input.put("title", "河川\u0000水位");

            assertThat(messages("issue", input)).containsExactly("タイトルに使用できない制御文字が含まれています。");
        }

        @Test
        void personalDataIsValidatedAndStoredLikeAnyProperty() {
            Map<String, Object> input = valid();
            input.put("contactEmail", "kiki@city.example.jp");

            assertThat(validate("issue", input).values()).containsEntry("contactEmail", "kiki@city.example.jp");
        }
    }

    @Nested
    class Multiple {

        private Map<String, Object> seed(Object tags) {
            return values("title", "水位センサー", "member", "nasuno-denshi", "summary", "概要",
                    "body", "<p>本文</p>", "tags", tags);
        }

        @Test
        void aSingleValueBecomesAListOfOne() {
            assertThat(validate("seed", seed("防災")).values()).containsEntry("tags", List.of("防災"));
        }

        @Test
        void blankAndRepeatedEntriesAreDropped() {
            assertThat(validate("seed", seed(Arrays.asList("防災", " ", null, "農業", "防災 "))).values())
                    .containsEntry("tags", List.of("防災", "農業"));
        }

        @Test
        void anEmptyListIsNoValue() {
            assertThat(validate("seed", seed(List.of())).values()).doesNotContainKey("tags");
        }

        @Test
        void aBadEntryIsNamedByItsPosition() {
            assertThat(validate("seed", seed(List.of("防災", 7))).violations())
                    .containsExactly(new Violation("tags[1]", "分類タグ（2件目）は文字列で入力してください。"));
        }
    }

    @Nested
    class Seed {

        @Test
        void validSeed() {
            ValidationResult result = validate("seed", values("title", "LPWA水位センサー", "member", "nasuno-denshi",
                    "summary", "電池で数年動く水位センサー", "body", "<p>詳細</p>", "fields", List.of("防災", "農業"),
                    "achievements", "<p>那須塩原市で実証</p>", "image", "sensor-photo"));

            assertThat(result.violations()).isEmpty();
            assertThat(result.values()).containsEntry("fields", List.of("防災", "農業")).containsEntry("image", "sensor-photo");
        }

        @Test
        void seedNeedsItsMember() {
            assertThat(messages("seed", values("title", "センサー", "summary", "概要", "body", "<p>詳細</p>")))
                    .containsExactly("会員は必須です。");
        }
    }

    @Nested
    class Article {

        private Map<String, Object> valid() {
            return values("title", "DX事例: 水位の見える化", "category", "dx-case", "body", "<p>本文</p>");
        }

        @Test
        void newsletterAcceptsFormStrings() {
            Map<String, Object> input = valid();
            input.put("newsletter", "true");
            assertThat(validate("article", input).values()).containsEntry("newsletter", Boolean.TRUE);

            input.put("newsletter", false);
            assertThat(validate("article", input).values()).containsEntry("newsletter", Boolean.FALSE);

            input.put("newsletter", "yes");
            assertThat(messages("article", input)).containsExactly("会員向けメールでも配信には true か false を指定してください。");
        }

        @Test
        void categoryMustBeOneOfTheOptions() {
            Map<String, Object> input = valid();
            input.put("category", "blog");

            assertThat(messages("article", input)).containsExactly(
                    "カテゴリには次のいずれかを指定してください: 課題, シーズ, 制度, DX事例, イベント・セミナー, お知らせ");
        }

        @Test
        void leadIsLimitedTo300() {
            Map<String, Object> input = valid();
            input.put("lead", "x".repeat(301));

            assertThat(messages("article", input)).containsExactly("リード文は300文字以内で入力してください。");
        }
    }

    @Nested
    class Event {

        private Map<String, Object> valid() {
            return values("title", "キックオフイベント", "eventType", "kickoff", "startAt", "2026-12-10T13:30",
                    "venue", "栃木県庁", "body", "<p>詳細</p>");
        }

        @Test
        void validEvent() {
            Map<String, Object> input = valid();
            input.put("endAt", "2026-12-10T16:00:00");
            input.put("capacity", 80);
            input.put("online", true);
            input.put("applicationDeadline", "2026-12-03");

            ValidationResult result = validate("event", input);

            assertThat(result.violations()).isEmpty();
            assertThat(result.values()).containsEntry("startAt", "2026-12-10T13:30")
                    .containsEntry("endAt", "2026-12-10T16:00").containsEntry("capacity", 80L);
        }

        @Test
        void capacityIsALongOfAtLeastOne() {
            Map<String, Object> input = valid();
            input.put("capacity", "１２");
            assertThat(validate("event", input).values()).containsEntry("capacity", 12L);

            input.put("capacity", 30.0);
            assertThat(validate("event", input).values()).containsEntry("capacity", 30L);

            input.put("capacity", 0);
            assertThat(messages("event", input)).containsExactly("定員は1以上で入力してください。");

            input.put("capacity", 1.5);
            assertThat(messages("event", input)).containsExactly("定員は整数で入力してください。");

            input.put("capacity", "たくさん");
            assertThat(messages("event", input)).containsExactly("定員は整数で入力してください。");

            input.put("capacity", "99999999999999999999");
            assertThat(messages("event", input)).containsExactly("定員は整数で入力してください。");
        }

        @Test
        void dateTimesAreIsoLocalToTheMinute() {
            Map<String, Object> input = valid();
            input.put("startAt", "2026-12-10 13:30");
            assertThat(messages("event", input)).containsExactly("開始日時は 2026-12-10T13:30 の形式で入力してください。");

            input.put("startAt", "2026-12-10T13:30:15");
            assertThat(messages("event", input)).containsExactly("開始日時は 2026-12-10T13:30 の形式で入力してください。");

            input.put("startAt", "2026-12-10T25:00");
            assertThat(messages("event", input)).containsExactly("開始日時に存在しない日付が指定されています。");

            input.put("startAt", LocalDateTime.of(2026, 12, 10, 9, 0));
            assertThat(validate("event", input).values()).containsEntry("startAt", "2026-12-10T09:00");

            input.put("startAt", LocalDateTime.of(2026, 12, 10, 9, 0, 30));
            assertThat(messages("event", input)).containsExactly("開始日時は 2026-12-10T13:30 の形式で入力してください。");
        }

        @Test
        void eventTypeIsRequired() {
            Map<String, Object> input = valid();
            input.remove("eventType");

            assertThat(messages("event", input)).containsExactly("種別は必須です。");
        }
    }

    @Nested
    class Member {

        @Test
        void urlMustBeHttp() {
            Map<String, Object> input = values("title", "株式会社那須野電子", "kind", "企業", "summary", "電子機器メーカーです。",
                    "url", "https://www.nasuno-denshi.example.jp");
            ValidationResult ok = validate("member", input);
            assertThat(ok.violations()).isEmpty();
            assertThat(ok.values()).containsEntry("kind", "company");

            input.put("url", "javascript:alert(1)");
            assertThat(messages("member", input)).containsExactly("ウェブサイトの形式が正しくありません。");
        }
    }

    @Nested
    class Municipality {

        @Test
        void codeIsSixDigitsAsText() {
            assertThat(validate("municipality", values("title", "宇都宮市", "kana", "うつのみやし", "code", "092011")).isValid())
                    .isTrue();
            // What YAML makes of an unquoted code: the leading zero is already gone.
            assertThat(messages("municipality", values("title", "宇都宮市", "code", 92011)))
                    .containsExactly("全国地方公共団体コードは文字列で入力してください。");
            assertThat(messages("municipality", values("title", "宇都宮市", "code", "09201")))
                    .containsExactly("全国地方公共団体コードの形式が正しくありません。");
        }
    }

    @Nested
    class Page {

        @Test
        void pageNeedsTitleAndBody() {
            assertThat(validate("page", values("title", "利用規約", "body", "<h2>第1条</h2>")).isValid()).isTrue();
            assertThat(messages("page", values("title", "利用規約"))).containsExactly("本文は必須です。");
        }
    }

    @Nested
    class SubModelsAndNumbers {

        private final ContentTypeRegistry fixtures = ContentTypeRegistry.loadFromClasspath(
                getClass().getClassLoader(), "fixtures/content-types", "fixtures/delivery-endpoints");
        private final ContentValidator fixtureValidator = new ContentValidator(fixtures);

        @Test
        void subModelValuesAreValidatedAndStoredAsMaps() {
            Map<String, Object> input = values("title", "県庁",
                    "address", new HashMap<>(Map.of("city", "宇都宮市", "street", "塙田1-1-20")),
                    "rooms", List.of(Map.of("name", "講堂", "seats", "300")),
                    "latitude", "36.5657", "fee", 0.1);

            ValidationResult result = fixtureValidator.validate("venue", input);

            assertThat(result.violations()).isEmpty();
            assertThat(result.values()).containsEntry("address", Map.of("city", "宇都宮市", "street", "塙田1-1-20"))
                    .containsEntry("rooms", List.of(Map.of("name", "講堂", "seats", 300L)))
                    .containsEntry("latitude", 36.5657)
                    .containsEntry("fee", new BigDecimal("0.1"));
        }

        @Test
        void violationsInsideSubModelsNameTheWholePath() {
            Map<String, Object> input = values("title", "県庁",
                    "address", Map.of("street", "塙田1-1-20", "zip", "320-8501"),
                    "rooms", List.of(Map.of("name", "講堂"), Map.of("seats", 0)),
                    "latitude", 91, "fee", "-1");

            assertThat(fixtureValidator.validate("venue", input).violations()).containsExactly(
                    new Violation("address.city", "所在地の市町名は必須です。"),
                    new Violation("address.zip", "未定義の項目 zip は保存できません。"),
                    new Violation("rooms[1].name", "部屋（2件目）の名前は必須です。"),
                    new Violation("rooms[1].seats", "部屋（2件目）の席数は1以上で入力してください。"),
                    new Violation("latitude", "緯度は90以下で入力してください。"),
                    new Violation("fee", "利用料は0以上で入力してください。"));
        }

        @Test
        void aSubModelMustBeAMapping() {
            assertThat(fixtureValidator.validate("venue", values("title", "県庁", "address", "宇都宮市")).violations())
                    .containsExactly(new Violation("address", "所在地の形式が正しくありません。"));
        }

        @Test
        void numbersMustBeFinite() {
            assertThat(fixtureValidator.validate("venue", values("title", "県庁", "address", Map.of("city", "宇都宮市"),
                    "latitude", Double.NaN, "fee", "abc")).violations()).containsExactly(
                    new Violation("latitude", "緯度は数値で入力してください。"),
                    new Violation("fee", "利用料は数値で入力してください。"));
        }
    }

    @Test
    void unknownTypeNameIsAProgrammingError() {
        assertThatThrownBy(() -> validator.validate("news", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesOrThrowCarriesTheViolations() {
        ValidationResult result = validate("page", values("title", "規約"));

        assertThatThrownBy(result::valuesOrThrow)
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("body", "本文は必須です。")))
                .hasMessage("body: 本文は必須です。");
    }
}
