package jp.musubi.webapp.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jp.musubi.webapp.support.HttpVisitor;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refusals that never reach a controller, or that Spring answers on its own, come back in Japanese with
 * the security headers: through the real container, since MockMvc skips both Tomcat and the error dispatch.
 */
@MusubiSpringBootTest
class ErrorPagesTest {

    private static final String DEMO_PASSWORD = "musubi-demo";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> anonymousRefusals() {
        String longUrl = "/articles?q=" + "a".repeat(9_000);
        String manyParameters = "/articles?" + IntStream.range(0, 1_100).mapToObj(i -> "p" + i + "=1")
                .collect(Collectors.joining("&"));
        return Stream.of(
                Arguments.of("encoded slash", "/articles%2Fx", 400, "text/html", "リクエストが正しくありません"),
                Arguments.of("encoded dot", "/articles/%2e%2e/admin", 400, "text/html", "リクエストが正しくありません"),
                Arguments.of("NUL in the path", "/articles/a%00b", 400, "text/html", "リクエストが正しくありません"),
                Arguments.of("URL over 8 KB", longUrl, 400, "text/html", "リクエスト"),
                Arguments.of("more than 1,000 parameters", manyParameters, 400, "text/html", "リクエストが正しくありません"),
                Arguments.of("encoded slash in the delivery API", "/.rest/delivery/articles%2Fx", 400,
                        "application/problem+json", "リクエストが正しくありません"),
                Arguments.of("NUL in the delivery API", "/.rest/delivery/a%00b", 400,
                        "application/problem+json", "リクエストが正しくありません"),
                Arguments.of("/error opened directly", "/error", 404, "text/html", "ページが見つかりません"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anonymousRefusals")
    void theContainersAndSpringsRefusalsAreJapaneseWithTheSecurityHeaders(String label, String path, int status,
                                                                           String type, String title) throws Exception {
        assertJapanese(new HttpVisitor(base()).get(path), status, type, title);
    }

    /** Only the APIs answer problem+json (issue 21, item 5): a page is a page whatever the Accept header. */
    @Test
    void aProgramAskingForJsonOnAPageGetsTheJapanesePageAndOnAnApiAProblem() throws Exception {
        HttpResponse<String> page = new HttpVisitor(base()).get("/error", "Accept", "application/json");
        assertJapanese(page, 404, "text/html", "ページが見つかりません");
        HttpResponse<String> api = new HttpVisitor(base()).get("/.rest/delivery/no-such-endpoint", "Accept", "text/html");
        assertJapanese(api, 404, "application/problem+json", "見つかりません");
    }

    @Test
    void aBadNumberInAPagesQueryNamesTheParameterInJapanese() throws Exception {
        HttpVisitor admin = HttpVisitor.loggedIn(base(), "admin", DEMO_PASSWORD);
        HttpResponse<String> mail = admin.get("/admin/mail?page=abc");
        assertJapanese(mail, 400, "text/html", "リクエストが正しくありません");
        assertThat(mail.body()).contains("「page」の値「abc」が正しくありません");

        HttpVisitor editor = HttpVisitor.loggedIn(base(), "editor", DEMO_PASSWORD);
        HttpResponse<String> preview = editor.get("/editor/preview/articles/x?revision=abc");
        assertJapanese(preview, 400, "text/html", "リクエストが正しくありません");
        assertThat(preview.body()).contains("「revision」の値「abc」が正しくありません");
    }

    @Test
    void aBadNumberInTheModelerApiIsAJapaneseProblem() throws Exception {
        HttpVisitor owner = HttpVisitor.loggedIn(base(), "owner", DEMO_PASSWORD);
        HttpResponse<String> answer = owner.send("/modeler", HttpRequest.newBuilder(
                        owner.uri("/api/modeler/processes/inquiry/deployments?baseVersion=abc"))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<definitions/>")));
        assertJapanese(answer, 400, "application/problem+json", "リクエストが正しくありません");
        assertThat(answer.body()).contains("「baseVersion」の値「abc」が正しくありません");
    }

    @Test
    void anUploadWhoseFileNameHoldsNulIsRefusedWithoutStoringAnything() throws Exception {
        HttpVisitor editor = HttpVisitor.loggedIn(base(), "editor", DEMO_PASSWORD);
        int assetsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM cms_asset", Integer.class);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--XB\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        body.writeBytes("\r\n--XB--\r\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = editor.send("/editor", HttpRequest.newBuilder(editor.uri("/api/cms/assets"))
                .header("Content-Type", "multipart/form-data; boundary=XB")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertJapanese(answer, 400, "application/problem+json", "リクエストが正しくありません");
        assertThat(answer.body()).contains("ファイル名に使えない文字が含まれています");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cms_asset", Integer.class)).isEqualTo(assetsBefore);
    }

    @Test
    void aPageTheRoleMayNotOpenIsTheJapanese403PageAndAnApiRefusalIsAPlainProblem() throws Exception {
        HttpVisitor secretariat = HttpVisitor.loggedIn(base(), "secretariat", DEMO_PASSWORD);
        HttpResponse<String> page = secretariat.get("/member", "Accept", "text/html");
        assertJapanese(page, 403, "text/html", "アクセスする権限がありません");

        HttpVisitor member = HttpVisitor.loggedIn(base(), "member", DEMO_PASSWORD);
        HttpResponse<String> api = member.get("/api/cms/items/articles", "Accept", "application/json");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"title\":\"権限がありません\"", "\"type\":\"about:blank\"")
                .doesNotContain("null");
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static void assertJapanese(HttpResponse<String> answer, int status, String type, String title) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(type));
        assertThat(answer.body()).contains(title)
                .doesNotContain("HTTP Status", "Bad Request", "Whitelabel", "\"error\":", "timestamp");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
