package jp.musubi.cms.content;

import static jp.musubi.cms.content.ContentFixtures.unique;
import static jp.musubi.cms.content.ContentFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.musubi.cms.support.CmsSpringBootTest;
import jp.musubi.contenttypes.definition.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Each content type's values through ContentService: what is stored, and what is refused and why. */
@CmsSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentValidationTest {

    @Autowired
    ContentService content;

    String municipality;
    String member;

    @BeforeAll
    void referencedItems() {
        municipality = unique("town");
        content.create("municipalities", municipality, ContentFixtures.municipality("テスト町"), null, "editor");
        member = unique("company");
        content.create("members", member, ContentFixtures.member("株式会社テスト"), null, "editor");
    }

    Stream<Arguments> validContent() {
        return Stream.of(
                Arguments.of("municipalities", ContentFixtures.municipality("テスト市")),
                Arguments.of("members", ContentFixtures.member("テスト大学")),
                Arguments.of("seeds", ContentFixtures.seed(member)),
                Arguments.of("issues", ContentFixtures.issue(municipality)),
                Arguments.of("articles", ContentFixtures.article("お知らせ")),
                Arguments.of("events", ContentFixtures.event()),
                Arguments.of("pages", ContentFixtures.page()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validContent")
    void validContentIsStoredAsTheFirstUnpublishedRevision(String workspace, Map<String, Object> values) {
        String name = unique("ok");

        ContentItem item = content.create(workspace, name, values, "初版", "editor-a");

        assertThat(item.revision()).isEqualTo(1);
        assertThat(item.version()).isEqualTo(1);
        assertThat(item.status()).isEqualTo(PublicationStatus.UNPUBLISHED);
        assertThat(item.path()).isEqualTo("/" + name);
        assertThat(item.created().by()).isEqualTo("editor-a");
        assertThat(content.get(workspace, name).properties()).containsEntry("title", values.get("title"));
    }

    Stream<Arguments> invalidContent() {
        return Stream.of(
                Arguments.of("municipalities", with(ContentFixtures.municipality("テスト市"), "code", "12345"),
                        "code", "全国地方公共団体コードの形式が正しくありません。"),
                Arguments.of("members", with(ContentFixtures.member("テスト社"), "url", "javascript:alert(1)"),
                        "url", "ウェブサイトの形式が正しくありません。"),
                Arguments.of("members", with(ContentFixtures.member("テスト社"), "kind", "startup"),
                        "kind", "種別には次のいずれかを指定してください: 企業, 大学, 研究室, 団体"),
                Arguments.of("seeds", with(ContentFixtures.seed("no-such-member"), "title", "シーズ"),
                        "member", "会員プロフィール「no-such-member」が見つかりません。会員には登録済みの会員プロフィールの名前を指定してください。"),
                Arguments.of("seeds", with(ContentFixtures.seed("x"), "summary", "あ".repeat(401), "member", null),
                        "summary", "概要は400文字以内で入力してください。"),
                Arguments.of("issues", with(ContentFixtures.issue("x"), "municipality", null),
                        "municipality", "市町は必須です。"),
                Arguments.of("issues", with(ContentFixtures.issue("no-such-town")),
                        "municipality", "市町「no-such-town」が見つかりません。市町には登録済みの市町の名前を指定してください。"),
                Arguments.of("articles", with(ContentFixtures.article("記事"), "body", "<script>alert(1)</script>"),
                        "body", "本文は必須です。"),
                Arguments.of("articles", with(ContentFixtures.article("記事"), "image", "00000000-0000-0000-0000-000000000000"),
                        "image", "画像に指定されたファイル（00000000-0000-0000-0000-000000000000）が見つかりません。アップロード済みのファイルを指定してください。"),
                Arguments.of("events", with(ContentFixtures.event(), "capacity", 0),
                        "capacity", "定員は1以上で入力してください。"),
                Arguments.of("events", with(ContentFixtures.event(), "startAt", "2026/12/10 13:30"),
                        "startAt", "開始日時は 2026-12-10T13:30 の形式で入力してください。"),
                Arguments.of("pages", with(ContentFixtures.page(), "author", "誰か"),
                        "author", "未定義の項目 author は保存できません。"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidContent")
    void invalidContentIsRefusedWithAJapaneseMessageAndNothingIsStored(String workspace, Map<String, Object> values,
                                                                        String property, String message) {
        String name = unique("bad");

        assertThatThrownBy(() -> content.create(workspace, name, values, null, "editor-a"))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::property, Violation::message)
                        .contains(tuple(property, message)));
        assertThat(content.find(workspace, name)).isEmpty();
    }

    @Test
    void invalidNamesAndTakenNamesAreRefused() {
        String taken = unique("taken");
        content.create("pages", taken, ContentFixtures.page(), null, "editor");

        for (String name : List.of("Bad Name", "-dash-first", "日本語", "a".repeat(81))) {
            assertThatThrownBy(() -> content.create("pages", name, ContentFixtures.page(), null, "editor"))
                    .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::property).containsExactly("name"));
        }
        assertThatThrownBy(() -> content.create("pages", taken, ContentFixtures.page(), null, "editor"))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("name", "名前「" + taken + "」はすでに使われています。別の名前を指定してください。")));
    }

    @Test
    void referencesToExistingItemsAreStoredByName() {
        ContentItem issue = content.create("issues", unique("issue"), ContentFixtures.issue(municipality), null, "editor");
        ContentItem seed = content.create("seeds", unique("seed"), ContentFixtures.seed(member), null, "editor");

        assertThat(issue.properties()).containsEntry("municipality", municipality);
        assertThat(seed.properties()).containsEntry("member", member);
    }

    @Test
    void aReferenceToAnotherTypeIsNotAccepted() {
        // A member is not a municipality even though the name exists.
        assertThatThrownBy(() -> content.create("issues", unique("issue"), ContentFixtures.issue(member), null, "editor"))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::property).containsExactly("municipality"));
    }

    @Test
    void richTextIsSanitizedBeforeItIsStored() {
        Map<String, Object> values = with(ContentFixtures.article("記事"), "body",
                "<p onmouseover=\"alert(1)\">本文</p><script>document.cookie</script>"
                        + "<p><img src=\"x\" onerror=\"alert(1)\"><a href=\"javascript:alert(1)\">リンク</a></p>");

        ContentItem item = content.create("articles", unique("clean"), values, null, "editor");

        assertThat(item.properties().get("body")).isEqualTo("<p>本文</p><p>リンク</p>");
        assertThat(content.get("articles", item.name()).properties().get("body")).isEqualTo("<p>本文</p><p>リンク</p>");
    }

    @Test
    void tooManyValuesInAMultiplePropertyAreRefused() {
        List<String> tags = java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(i -> "タグ" + i).toList();

        assertThatThrownBy(() -> content.create("articles", unique("tags"),
                with(ContentFixtures.article("記事"), "tags", tags), null, "editor"))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("tags", "タグは100件以内で指定してください。")));
    }

    @Test
    void contentLargerThanTheLimitIsRefused() {
        String body = "<p>" + "あ".repeat(400_000) + "</p>"; // 1.2 MB in UTF-8

        assertThatThrownBy(() -> content.create("pages", unique("huge"),
                with(ContentFixtures.page(), "body", body), null, "editor"))
                .isInstanceOf(ContentTooLargeException.class)
                .hasMessage("内容が大きすぎるため保存できません（上限 1MB）。本文を分けるなどして小さくしてください。");
    }

    @Test
    void anUnknownWorkspaceIsNotFound() {
        assertThatThrownBy(() -> content.create("no-such-workspace", unique("x"), Map.of(), null, "editor"))
                .isInstanceOf(ContentNotFoundException.class)
                .hasMessage("コンテンツの種類「no-such-workspace」はありません。");
    }
}
