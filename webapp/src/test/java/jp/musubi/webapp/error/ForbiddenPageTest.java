package jp.musubi.webapp.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;

import jp.musubi.webapp.support.HttpVisitor;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A logged-in user who opens a page their role may not enter gets the Japanese 403 page in the site's
 * layout, whatever the browser or program asks for; only the APIs answer problem+json (issue 21, items 5 and 6).
 */
@MusubiSpringBootTest
class ForbiddenPageTest {

    private static final String DEMO_PASSWORD = "musubi-demo";
    /** What Chromium sends for a page. */
    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} → {1} (Accept: {2})")
    @CsvSource(delimiter = '|', value = {
            "member    | /admin | " + BROWSER_ACCEPT,
            "municipal | /inbox | " + BROWSER_ACCEPT,
            "member    | /admin | */*",
            "municipal | /inbox | ''",
            "member    | /admin | application/json",
            "municipal | /inbox | application/json, text/plain, */*",
            "member    | /modeler | text/html"})
    void aPageTheRoleMayNotOpenIsTheJapanese403PageWithAWayBack(String user, String path, String accept)
            throws Exception {
        HttpVisitor visitor = HttpVisitor.loggedIn(base(), user, DEMO_PASSWORD);
        HttpResponse<String> page = accept.isEmpty() ? visitor.get(path) : visitor.get(path, "Accept", accept);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("<html lang=\"ja\"", "<title>アクセスする権限がありません")
                .contains("このページを開く権限がありません")
                .contains("事務局")
                .contains("href=\"/mypage\"", "マイページへ戻る")
                .doesNotContain("\"detail\"", "null", "timestamp");
    }

    @Test
    void anApiRefusalIsAProblemWithoutNullMembersWhateverTheAcceptHeader() throws Exception {
        HttpVisitor member = HttpVisitor.loggedIn(base(), "member", DEMO_PASSWORD);
        for (String accept : new String[] {"text/html", "*/*", "application/json"}) {
            HttpResponse<String> api = member.get("/api/cms/items/articles", "Accept", accept);
            assertThat(api.statusCode()).isEqualTo(403);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.body()).contains("\"title\":\"権限がありません\"", "\"status\":403")
                    .doesNotContain("null", "<html");
        }
    }

    @Test
    void aMissingPageIsJapaneseForAnyAcceptHeader() throws Exception {
        HttpVisitor visitor = new HttpVisitor(base());
        for (String accept : new String[] {"*/*", BROWSER_ACCEPT, "text/plain", "application/json"}) {
            HttpResponse<String> missing = visitor.get("/articles/no-such-article", "Accept", accept);
            assertThat(missing.statusCode()).as(accept).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(missing.body()).as(accept).contains("<html lang=\"ja\"", "ページが見つかりません")
                    .doesNotContain("Not Found", "timestamp", "\"error\"");
        }
        HttpResponse<String> noAccept = visitor.get("/articles/no-such-article");
        assertThat(noAccept.statusCode()).isEqualTo(404);
        assertThat(noAccept.body()).contains("ページが見つかりません").doesNotContain("Not Found", "timestamp");
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }
}
