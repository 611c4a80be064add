package jp.musubi.webapp.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.RevisionSummary;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.cms.publication.PublicationService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The editor's pages over HTTP: generated forms and their validation, stale saves, restore, permissions. */
@MusubiSpringBootTest
class EditorPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    ContentService content;
    @Autowired
    PublicationService publication;
    @Autowired
    RuntimeService runtime;

    private final TemporaryItems created = new TemporaryItems();

    @AfterEach
    void removeCreatedItems() {
        created.removeAll(content, publication, runtime);
    }

    private RequestPostProcessor as(String account) {
        return user(accounts.loadUserByUsername(account));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, String account) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf()).with(as(account))).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    private MockHttpServletRequestBuilder article(String url, String title) {
        return post(url).param("f.title", title).param("f.category", "news").param("f.lead", "リード文です。")
                .param("f.body", "<p>本文です。</p>").param("f.tags", "DX、お知らせ").param("f.image", "")
                .param("f.newsletter", "false", "true");
    }

    private String create(String title) throws Exception {
        String name = unique("art");
        created.add("articles", name);
        MockHttpServletResponse response = send(article("/editor/new/articles", title).param("name", name), "editor");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/editor/articles/" + name);
        return name;
    }

    @Test
    void anEditorCreatesAnArticleFromTheGeneratedFormAndFindsItInTheList() throws Exception {
        String title = "DXセミナー開催 " + UUID.randomUUID();
        String name = create(title);

        ContentItem item = content.get("articles", name);
        assertThat(item.properties()).containsEntry("title", title).containsEntry("category", "news")
                .containsEntry("tags", List.of("DX", "お知らせ")).containsEntry("newsletter", true);
        assertThat(item.lastModified().by()).isEqualTo("editor");

        String list = send(get("/editor/articles").param("q", title).param("category", "news").param("tag", "dx"),
                "editor").getContentAsString();
        assertThat(list).contains("href=\"/editor/articles/" + name + "\"").contains("未公開").contains("第1版").contains("1件");
        String other = send(get("/editor/articles").param("q", title).param("category", "event"), "editor")
                .getContentAsString();
        assertThat(other).doesNotContain("href=\"/editor/articles/" + name + "\"").contains("0件");

        String form = send(get("/editor/articles/" + name), "editor").getContentAsString();
        assertThat(form).contains("name=\"f.title\"").contains("value=\"" + title + "\"")
                .contains("data-richtext").contains("type=\"file\"").contains("会員向けメールでも配信")
                .contains("/editor/preview/articles/" + name + "?revision=1").contains("target=\"_blank\"");
    }

    @Test
    void theListFiltersByAuthorAndSortsByTitle() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String byEditor = create("い " + marker);
        String bySecretariat = unique("art");
        created.add("articles", bySecretariat);
        send(article("/editor/new/articles", "あ " + marker).param("name", bySecretariat), "secretariat");

        String mine = send(get("/editor/articles").param("q", marker).param("author", "editor"), "editor")
                .getContentAsString();
        assertThat(mine).contains("/editor/articles/" + byEditor).doesNotContain("/editor/articles/" + bySecretariat);
        String byTitle = send(get("/editor/articles").param("q", marker).param("sort", "title"), "editor")
                .getContentAsString();
        assertThat(byTitle.indexOf("/editor/articles/" + bySecretariat))
                .isPositive().isLessThan(byTitle.indexOf("/editor/articles/" + byEditor));
    }

    @Test
    void tooManyTagsAndAMalformedPublishDateAreRefused() throws Exception {
        String name = unique("art");
        created.add("articles", name);
        String tags = String.join("、", java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(i -> "タグ" + i).toList());
        MockHttpServletResponse response = send(post("/editor/new/articles").param("name", name)
                .param("f.title", "タグが多い記事").param("f.category", "news").param("f.body", "<p>本文</p>")
                .param("f.tags", tags), "editor");
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("id=\"f-tags-error\"").contains("タグは100件以内で指定してください。");
        assertThat(content.find("articles", name)).isEmpty();

        String saved = create("日付の誤り");
        MockHttpServletResponse submit = send(post("/editor/articles/" + saved + "/submit").param("publishAt", "来週"),
                "editor");
        assertThat(submit.getStatus()).isEqualTo(400);
        assertThat(submit.getContentAsString()).contains("公開日時は 2026-12-10T13:30 の形で入力してください。");
        assertThat(content.get("articles", saved).approvalPending()).isFalse();
    }

    @Test
    void errorsAreSummarizedAtTheTopAndShownNextToTheirFieldsAndTheInputIsKept() throws Exception {
        String name = unique("art");
        created.add("articles", name);
        MockHttpServletResponse response = send(post("/editor/new/articles").param("name", name)
                .param("f.title", "").param("f.category", "unknown").param("f.lead", "あ".repeat(301))
                .param("f.body", "<p>本文 <img src=\"/dam/00000000-0000-0000-0000-000000000000\"></p>")
                .param("f.tags", "まちづくり"), "editor");

        assertThat(response.getStatus()).isEqualTo(422);
        String html = response.getContentAsString();
        assertThat(html).contains("入力内容を確認してください（4件）")
                .contains("href=\"#f-title\"").contains("タイトルは必須です。")
                .contains("href=\"#f-category\"").contains("カテゴリには次のいずれかを指定してください")
                .contains("href=\"#f-lead\"").contains("リード文は300文字以内で入力してください。")
                .contains("href=\"#f-body\"").contains("本文の1番目の画像に代替テキストがありません。")
                .contains("id=\"f-title-error\"").contains("aria-describedby=\"f-title-error\"")
                .contains("value=\"まちづくり\"").contains("value=\"" + name + "\"");
        assertThat(content.find("articles", name)).as("nothing stored").isEmpty();
    }

    @Test
    void numberDateAndReferenceWidgetsAreValidated() throws Exception {
        MockHttpServletResponse event = send(post("/editor/new/events").param("name", unique("ev"))
                .param("f.title", "説明会").param("f.eventType", "workshop").param("f.startAt", "2026-02-30T10:00")
                .param("f.capacity", "四十").param("f.applicationDeadline", "12/10").param("f.online", "false")
                .param("f.body", "<p>本文</p>"), "secretariat");
        assertThat(event.getStatus()).isEqualTo(422);
        assertThat(event.getContentAsString()).contains("id=\"f-capacity-error\"").contains("は整数で入力してください。")
                .contains("id=\"f-startAt-error\"").contains("id=\"f-applicationDeadline-error\"")
                .contains("value=\"四十\"");

        MockHttpServletResponse seed = send(post("/editor/new/seeds").param("name", unique("sd"))
                .param("f.title", "水位センサー").param("f.member", "no-such-member").param("f.summary", "概要")
                .param("f.body", "<p>本文</p>"), "editor");
        assertThat(seed.getStatus()).as(seed.getContentAsString()).isEqualTo(422);
        assertThat(seed.getContentAsString()).contains("id=\"f-member-error\"")
                .contains("data-reference-target=\"members\"").contains("value=\"no-such-member\"");
    }

    @Test
    void anUploadThatIsNotAnImageIsRefusedNextToItsField() throws Exception {
        String name = unique("art");
        created.add("articles", name);
        MockMultipartFile fake = new MockMultipartFile("upload.image", "photo.png", "image/png",
                "#!/bin/sh\necho not an image\n".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = send(multipart("/editor/new/articles").file(fake).param("name", name)
                .param("f.title", "写真付き").param("f.category", "news").param("f.body", "<p>本文</p>"), "editor");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("id=\"f-image-error\"").contains("画像：");
        assertThat(content.find("articles", name)).isEmpty();

        MockMultipartFile png = new MockMultipartFile("upload.image", "dot.png", "image/png", PNG);
        MockHttpServletResponse saved = send(multipart("/editor/new/articles").file(png).param("name", name)
                .param("f.title", "写真付き").param("f.category", "news").param("f.body", "<p>本文</p>"), "editor");
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        assertThat(content.get("articles", name).properties().get("image")).asString().hasSize(36);
    }

    @Test
    void aStaleSaveShowsBothVersionsAndOverwritesNothing() throws Exception {
        String name = create("元のタイトル");
        assertThat(send(article("/editor/articles/" + name, "先に保存されたタイトル").param("version", "1"), "secretariat")
                .getStatus()).isEqualTo(302);

        MockHttpServletResponse stale = send(article("/editor/articles/" + name, "私のタイトル").param("version", "1"),
                "editor");

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("他の人が先に保存しました").contains("secretariat")
                .contains("先に保存されたタイトル").contains("私のタイトル")
                .contains("name=\"version\" value=\"2\"");
        assertThat(content.get("articles", name).properties()).containsEntry("title", "先に保存されたタイトル");
        assertThat(content.get("articles", name).revision()).isEqualTo(2);

        // Having compared, the editor saves again from the page (version 2): a deliberate overwrite.
        assertThat(send(article("/editor/articles/" + name, "私のタイトル").param("version", "2"), "editor").getStatus())
                .isEqualTo(302);
        assertThat(content.get("articles", name).properties()).containsEntry("title", "私のタイトル");
    }

    @Test
    void historyShowsWhoAndWhenTheDiffAndRestoreAddsARevision() throws Exception {
        String name = create("県のDX推進");
        send(article("/editor/articles/" + name, "県のDX推進について").param("version", "1").param("comment", "題を修正"),
                "secretariat");

        String history = send(get("/editor/articles/" + name + "/history"), "editor").getContentAsString();
        assertThat(history).contains("第2版").contains("第1版").contains("secretariat").contains("題を修正")
                .contains("第1版を復元").containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日");

        String diff = send(get("/editor/articles/" + name + "/diff").param("from", "1").param("to", "2"), "editor")
                .getContentAsString();
        assertThat(diff).contains("タイトル（変更）").contains("<ins>").contains("について");

        MockHttpServletResponse restored = send(post("/editor/articles/" + name + "/restore").param("revision", "1")
                .param("version", "2"), "editor");
        assertThat(restored.getStatus()).isEqualTo(302);
        assertThat(content.revisions("articles", name)).extracting(RevisionSummary::revision).containsExactly(3, 2, 1);
        assertThat(content.get("articles", name).properties()).containsEntry("title", "県のDX推進");

        MockHttpServletResponse staleRestore = send(post("/editor/articles/" + name + "/restore").param("revision", "2")
                .param("version", "2"), "editor");
        assertThat(staleRestore.getStatus()).isEqualTo(409);
        assertThat(content.get("articles", name).revision()).isEqualTo(3);
    }

    @Test
    void submittingNeedsAFuturePublishDateAndMarksTheItemPending() throws Exception {
        String name = create("申請する記事");
        MockHttpServletResponse past = send(post("/editor/articles/" + name + "/submit").param("submitComment", "お願いします")
                .param("publishAt", "2020-01-01T10:00"), "editor");
        assertThat(past.getStatus()).isEqualTo(400);
        assertThat(past.getContentAsString()).contains("公開日時には現在より後の日時を指定してください。").contains("お願いします");
        assertThat(content.get("articles", name).approvalPending()).isFalse();

        MockHttpServletResponse unpublish = send(post("/editor/articles/" + name + "/unpublish"), "editor");
        assertThat(unpublish.getStatus()).isEqualTo(400);
        assertThat(unpublish.getContentAsString()).contains("公開されていないため、公開停止を申請できません。");

        assertThat(send(post("/editor/articles/" + name + "/submit").param("submitComment", "お願いします"), "editor")
                .getStatus()).isEqualTo(302);
        assertThat(content.get("articles", name).approvalPending()).isTrue();
        assertThat(send(get("/editor/articles").param("q", "申請する記事").param("status", "pending"), "editor")
                .getContentAsString()).contains(name).contains("承認待ち");
    }

    @Test
    void anEditorCancelsAScheduledPublicationAndACancelWithoutOneIsRefused() throws Exception {
        String name = create("予約した記事");
        publication.schedule("articles", name, java.time.Instant.now().plus(java.time.Duration.ofDays(3)), "pref");
        assertThat(send(get("/editor/articles/" + name), "editor").getContentAsString())
                .contains("第1版を").contains("に公開する予約があります。").contains("予約を取り消す")
                .contains("/editor/articles/" + name + "/cancel-schedule");

        org.springframework.test.web.servlet.MvcResult cancelled = mvc.perform(
                post("/editor/articles/" + name + "/cancel-schedule").with(csrf()).with(as("secretariat"))).andReturn();
        assertThat(cancelled.getResponse().getStatus()).isEqualTo(302);
        assertThat(cancelled.getFlashMap().get("infoMessage")).isEqualTo("公開の予約を取り消しました。この内容は予約した日時に公開されません。");
        assertThat(content.get("articles", name).scheduled()).isNull();
        assertThat(send(get("/editor/articles/" + name), "editor").getContentAsString())
                .doesNotContain("予約を取り消す").doesNotContain("に公開する予約があります。");

        MockHttpServletResponse again = send(post("/editor/articles/" + name + "/cancel-schedule"), "editor");
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString()).contains("予約された公開がないため、取り消せません。");
        assertThat(send(post("/editor/articles/" + name + "/cancel-schedule"), "pref").getStatus()).isEqualTo(403);
    }

    @Test
    void theReviewFragmentShowsANewPublicationWithoutTheLayout() throws Exception {
        String name = create("新しい記事");
        String fragment = send(get("/editor/review/articles/" + name), "pref").getContentAsString();
        assertThat(fragment).contains("新規公開").contains("タイトル（追加）").contains("新しい記事")
                .doesNotContain("<html").doesNotContain("site-header");
    }

    @Test
    void onlyEditorsAndTheSecretariatWriteAndThePrefectureOnlyReviews() throws Exception {
        String name = create("権限の確認");
        assertThat(send(get("/editor/articles"), "member").getStatus()).isEqualTo(403);
        assertThat(send(get("/editor/articles/" + name), "pref").getStatus()).isEqualTo(403);
        assertThat(send(article("/editor/articles/" + name, "書き換え").param("version", "1"), "pref").getStatus())
                .isEqualTo(403);
        assertThat(send(post("/editor/articles/" + name + "/submit"), "municipal").getStatus()).isEqualTo(403);
        assertThat(send(get("/editor/review/articles/" + name), "member").getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/editor/articles")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(content.get("articles", name).properties()).containsEntry("title", "権限の確認");
        assertThat(send(get("/editor/articles/no-such-item-x"), "editor").getStatus()).isEqualTo(404);
    }

    /** A 1×1 PNG. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

}
