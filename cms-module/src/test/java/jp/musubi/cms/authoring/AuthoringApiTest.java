package jp.musubi.cms.authoring;

import static jp.musubi.cms.content.ContentFixtures.unique;
import static jp.musubi.cms.content.ContentFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import jp.musubi.cms.content.ContentFixtures;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** The authoring API over HTTP: JSON in and out, Japanese problem+json for every refusal, and refusals change nothing. */
@CmsSpringBootTest
class AuthoringApiTest {

    private static final RequestPostProcessor EDITOR = user("editor-a").roles("EDITOR");
    private static final RequestPostProcessor SECRETARIAT = user("secretariat-b").roles("SECRETARIAT");

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentService content;

    @Autowired
    PublicationService publication;

    @Test
    void createReadUpdateAndList() throws Exception {
        String name = unique("api");
        send(post("/api/cms/items/articles"), EDITOR,
                Map.of("name", name, "properties", ContentFixtures.article("APIで作成"), "comment", "初版"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/cms/items/articles/" + name))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.path").value("/" + name))
                .andExpect(jsonPath("$.type").value("article"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("unpublished"))
                .andExpect(jsonPath("$.statusLabel").value("未公開"))
                .andExpect(jsonPath("$.created.by").value("editor-a"))
                .andExpect(jsonPath("$.properties.title").value("APIで作成"));

        send(put("/api/cms/items/articles/" + name), SECRETARIAT,
                Map.of("version", 1, "properties", ContentFixtures.article("事務局が修正"), "comment", "誤字修正"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.lastModified.by").value("secretariat-b"));

        mvc.perform(get("/api/cms/items/articles/" + name).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.properties.title").value("事務局が修正"));
        mvc.perform(get("/api/cms/items/articles").param("q", "事務局が修正").param("status", "unpublished").with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem(name)))
                .andExpect(jsonPath("$.items[0].title").value("事務局が修正"))
                .andExpect(jsonPath("$.items[0].properties").doesNotExist());
        mvc.perform(get("/api/cms/items/articles").param("q", "事務局が修正").param("status", "published").with(EDITOR))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void paging() throws Exception {
        String marker = unique("頁");
        for (int i = 0; i < 3; i++) {
            content.create("pages", unique("paged"), with(ContentFixtures.page(), "title", marker + i), null, "editor");
        }

        mvc.perform(get("/api/cms/items/pages").param("q", marker).param("size", "2").with(EDITOR))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items", hasSize(2)));
        mvc.perform(get("/api/cms/items/pages").param("q", marker).param("size", "2").param("page", "1").with(EDITOR))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items", hasSize(1)));
    }

    @Test
    void aStaleSaveIsAConflictThatReturnsTheStoredContent() throws Exception {
        String name = unique("api");
        content.create("articles", name, ContentFixtures.article("元の題"), null, "editor");
        send(put("/api/cms/items/articles/" + name), EDITOR, Map.of("version", 1, "properties", ContentFixtures.article("Aさんの題")))
                .andExpect(status().isOk());

        send(put("/api/cms/items/articles/" + name), SECRETARIAT, Map.of("version", 1, "properties", ContentFixtures.article("Bさんの題")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.title").value("他の人が先に更新しました"))
                .andExpect(jsonPath("$.detail").value(
                        "この内容は他の人が先に更新しました（版 2）。最新の内容を確認してから保存し直してください。"))
                .andExpect(jsonPath("$.instance").value("/api/cms/items/articles/" + name))
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.current.version").value(2))
                .andExpect(jsonPath("$.current.lastModified.by").value("editor-a"))
                .andExpect(jsonPath("$.current.properties.title").value("Aさんの題"));

        assertThat(content.get("articles", name).properties()).containsEntry("title", "Aさんの題");
        assertThat(content.revisions("articles", name)).hasSize(2);
    }

    @Test
    void invalidContentIsA422WithEveryErrorAndNothingIsStored() throws Exception {
        String name = unique("api");
        Map<String, Object> values = with(ContentFixtures.issue("no-such-town"), "title", null, "summary", "あ".repeat(401));

        send(post("/api/cms/items/issues"), EDITOR, Map.of("name", name, "properties", values))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("入力内容に誤りがあります"))
                .andExpect(jsonPath("$.detail").value("2件の項目を確認してください。"))
                .andExpect(jsonPath("$.errors[*].property", containsInAnyOrder("title", "summary")))
                .andExpect(jsonPath("$.errors[*].message", containsInAnyOrder(
                        "タイトルは必須です。", "概要は400文字以内で入力してください。")));

        assertThat(content.find("issues", name)).isEmpty();
        mvc.perform(get("/api/cms/items/issues/" + name).with(EDITOR)).andExpect(status().isNotFound());
    }

    @Test
    void aSaveWithoutVersionOrWithABadNameIsRefused() throws Exception {
        String name = unique("api");
        content.create("pages", name, ContentFixtures.page(), null, "editor");

        send(put("/api/cms/items/pages/" + name), EDITOR, Map.of("properties", with(ContentFixtures.page(), "title", "変更")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].property").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value("編集を始めたときの版（version）を指定してください。"));
        send(post("/api/cms/items/pages"), EDITOR, Map.of("name", "Not A Slug", "properties", ContentFixtures.page()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].property").value("name"));

        assertThat(content.get("pages", name).version()).isEqualTo(1);
        assertThat(content.get("pages", name).properties()).containsEntry("title", "利用規約");
    }

    @Test
    void unknownWorkspacesItemsAndRevisionsAreNotFound() throws Exception {
        expectNotFound(mvc.perform(get("/api/cms/items/nothing").with(EDITOR)), "コンテンツの種類「nothing」はありません。");
        expectNotFound(send(post("/api/cms/items/nothing"), EDITOR, Map.of("name", "x", "properties", Map.of())),
                "コンテンツの種類「nothing」はありません。");
        expectNotFound(mvc.perform(get("/api/cms/items/articles/no-such-item").with(EDITOR)),
                "コンテンツ「articles/no-such-item」は見つかりません。");
        expectNotFound(send(put("/api/cms/items/articles/no-such-item"), EDITOR, Map.of("version", 1, "properties", Map.of())),
                "コンテンツ「articles/no-such-item」は見つかりません。");
        String name = unique("api");
        content.create("pages", name, ContentFixtures.page(), null, "editor");
        expectNotFound(mvc.perform(get("/api/cms/items/pages/" + name + "/revisions/9").with(EDITOR)),
                "コンテンツ「pages/" + name + "」にリビジョン 9 はありません。");
    }

    @Test
    void malformedRequestsAreJapaneseProblems() throws Exception {
        mvc.perform(post("/api/cms/items/pages").with(EDITOR).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"properties\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("リクエストが正しくありません"))
                .andExpect(jsonPath("$.detail").value(
                        "リクエストの内容を読み取れませんでした。JSON の形式と各項目の型を確認してください。"));
        mvc.perform(get("/api/cms/items/pages").param("status", "draft").with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].property").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "status には unpublished（未公開）、published（公開中）、modified（変更あり）のいずれかを指定してください。"));
        mvc.perform(get("/api/cms/items/pages").param("size", "1000").with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("size には1から100までの数を指定してください。"));
        mvc.perform(get("/api/cms/items/pages").param("page", "first").with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("「page」の値「first」が正しくありません。"));
        mvc.perform(post("/api/cms/items/pages").with(EDITOR).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("対応していない形式です"));
        mvc.perform(delete("/api/cms/items/pages").with(EDITOR).with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.detail").value("このURLでは DELETE の操作はできません。"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String name = unique("api");
        String body = json.writeValueAsString(Map.of("name", name,
                "properties", with(ContentFixtures.page(), "body", "<p>" + "x".repeat(1_100_000) + "</p>")));

        mvc.perform(post("/api/cms/items/pages").with(EDITOR).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("リクエストが大きすぎます。内容を減らしてから送信してください。"));

        assertThat(content.find("pages", name)).isEmpty();
    }

    @Test
    void revisionsCanBeListedReadAndRestored() throws Exception {
        String name = unique("api");
        ContentItem first = content.create("pages", name, ContentFixtures.page(), "初版", "editor");
        content.update("pages", name, first.version(), with(ContentFixtures.page(), "title", "改定版"), "改定", "editor");

        mvc.perform(get("/api/cms/items/pages/" + name + "/revisions").with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].revision", org.hamcrest.Matchers.contains(2, 1)))
                .andExpect(jsonPath("$[0].current").value(true))
                .andExpect(jsonPath("$[1].comment").value("初版"));
        mvc.perform(get("/api/cms/items/pages/" + name + "/revisions/1").with(EDITOR))
                .andExpect(jsonPath("$.properties.title").value("利用規約"));
        mvc.perform(post("/api/cms/items/pages/" + name + "/revisions/1/restore").with(EDITOR).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(3))
                .andExpect(jsonPath("$.properties.title").value("利用規約"));
        send(post("/api/cms/items/pages/" + name + "/revisions/1/restore"), EDITOR, Map.of("version", 1))
                .andExpect(status().isConflict());
        assertThat(content.get("pages", name).revision()).isEqualTo(3);
    }

    @Test
    void submitMarksTheItemPendingAndThereIsNoDirectPublish() throws Exception {
        String name = unique("api");
        content.create("articles", name, ContentFixtures.article("申請"), null, "editor");

        send(post("/api/cms/items/articles/" + name + "/submit"), EDITOR,
                Map.of("comment", "確認をお願いします", "publishAt", "2099-04-01T09:00"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.approvalPending").value(true))
                .andExpect(jsonPath("$.status").value("unpublished"));
        send(post("/api/cms/items/articles/" + name + "/submit"), EDITOR, Map.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("この内容はすでに承認待ちです。承認または差し戻しを待ってから申請してください。"));
        send(post("/api/cms/items/articles/" + name + "/submit"), EDITOR, Map.of("publishAt", "来週"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].property").value("publishAt"));

        int status = mvc.perform(post("/api/cms/items/articles/" + name + "/publish").with(EDITOR).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("no publish endpoint: publication passes four-eyes").isIn(404, 405);
        assertThat(content.get("articles", name).publishedRevision()).isNull();
    }

    @Test
    void deleteOnlyWhatIsNotPublished() throws Exception {
        String draft = unique("api");
        content.create("pages", draft, ContentFixtures.page(), null, "editor");
        String live = unique("api");
        content.create("pages", live, ContentFixtures.page(), null, "editor");
        publication.publish("pages", live, null, "approver");

        mvc.perform(delete("/api/cms/items/pages/" + draft).with(EDITOR).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/cms/items/pages/" + live).with(EDITOR).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("現在の状態ではこの操作はできません"))
                .andExpect(jsonPath("$.detail").value("公開中のコンテンツは削除できません。先に公開を停止してください。"));

        assertThat(content.find("pages", draft)).isEmpty();
        assertThat(content.find("pages", live)).isPresent();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, Object body)
            throws Exception {
        return mvc.perform(request.with(who).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private static void expectNotFound(ResultActions result, String detail) throws Exception {
        result.andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("見つかりません"))
                .andExpect(jsonPath("$.detail").value(detail));
    }
}
