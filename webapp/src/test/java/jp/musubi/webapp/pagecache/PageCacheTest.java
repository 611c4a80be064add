package jp.musubi.webapp.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.pagecache.PageCache;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.webapp.support.HttpVisitor;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The published-response cache over real HTTP, as browsers, CDNs and API clients meet it: public
 * caching headers, gzip, 304 and HEAD, publications seen within the bound, and what is never kept
 * (logged-in pages, forms with a CSRF token). Also the 404 for unknown URLs and 405 on read-only routes.
 */
@MusubiSpringBootTest
class PageCacheTest {

    /** The bound this cache promises for a publication to show on every node. */
    private static final Duration BOUND = Duration.ofSeconds(1);
    private static final String ARTICLE = "/articles/website-open-member-recruitment";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    PageCache pageCache;

    @Autowired
    ContentService content;

    @Autowired
    PublicationService publication;

    private final HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @BeforeEach
    void emptyCache() {
        pageCache.clear();
    }

    private HttpResponse<byte[]> anonymous(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return raw.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void anAnonymousPublicPageIsKeptAndSentWithPublicCachingAndGzip() throws Exception {
        HttpResponse<byte[]> first = anonymous("GET", ARTICLE);
        HttpResponse<byte[]> second = anonymous("GET", ARTICLE);
        HttpResponse<byte[]> zipped = anonymous("GET", ARTICLE, "Accept-Encoding", "gzip");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(pageCache.size()).isEqualTo(1);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(header(second, "Cache-Control")).contains("public").contains("max-age=").contains("s-maxage=")
                .contains("stale-while-revalidate=");
        assertThat(header(second, "ETag")).isEqualTo(header(first, "ETag"));
        assertThat(header(second, "Last-Modified")).isNotNull();
        assertThat(header(second, "Content-Security-Policy")).isNotNull();
        assertThat(header(second, "Set-Cookie")).isNull();
        assertThat(header(zipped, "Content-Encoding")).isEqualTo("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(first.body());
        }
    }

    /**
     * Every public URL of the demo site (the sitemap's, the list pages, the feeds, the delivery API's
     * lists and items) kept at once: the memory figure of the notes, written to target/page-cache-memory.txt.
     */
    @Test
    void theWholeDemoSiteTakesAFewMebibytes() throws Exception {
        String sitemap = text(anonymous("GET", "/sitemap.xml"));
        java.util.List<String> paths = new java.util.ArrayList<>();
        Matcher loc = Pattern.compile("<loc>https?://[^/<]+(/[^<]*)</loc>").matcher(sitemap);
        while (loc.find()) {
            paths.add(loc.group(1));
        }
        paths.addAll(java.util.List.of("/sitemap.xml", "/articles/feed.atom", "/articles/feed.rss"));
        int items = 0;
        for (String endpoint : new String[] {"articles", "issues", "seeds", "members", "events", "pages"}) {
            String list = text(anonymous("GET", "/.rest/delivery/" + endpoint + "?limit=100"));
            paths.add("/.rest/delivery/" + endpoint + "?limit=100");
            Matcher name = Pattern.compile("\"@name\"\\s*:\\s*\"([^\"]+)\"").matcher(list);
            while (name.find()) {
                paths.add("/.rest/delivery/" + endpoint + "/" + name.group(1));
                items++;
            }
        }
        int pages = 0;
        for (String path : paths) {
            // The names include referenced items nested in @nodes, delivered by their own endpoint only.
            if (anonymous("GET", path).statusCode() == 200) {
                pages++;
            }
        }
        long entries = pageCache.size();
        long bytes = pageCache.weightedBytes();
        String report = "demo site: %d published items, %d cached responses, %d bytes (%.2f MiB), %.1f KiB per response%n"
                .formatted(items, entries, bytes, bytes / 1048576.0, bytes / 1024.0 / entries);
        System.out.print(report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "page-cache-memory.txt"), report);
        assertThat(pages).isGreaterThan(items);
        assertThat(entries).isGreaterThanOrEqualTo(pages - 1);
        assertThat(bytes).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void conditionalGetIs304AndHeadWorksOnPagesAndTheDeliveryApi() throws Exception {
        for (String path : new String[] {"/.rest/delivery/articles?limit=10", ARTICLE, "/", "/sitemap.xml"}) {
            HttpResponse<byte[]> page = anonymous("GET", path);
            String etag = header(page, "ETag");
            HttpResponse<byte[]> notModified = anonymous("GET", path, "If-None-Match", etag);
            HttpResponse<byte[]> since = anonymous("GET", path, "If-Modified-Since", header(page, "Last-Modified"));
            HttpResponse<byte[]> head = anonymous("HEAD", path);

            assertThat(notModified.statusCode()).as(path).isEqualTo(304);
            assertThat(notModified.body()).isEmpty();
            assertThat(header(notModified, "ETag")).isEqualTo(etag);
            assertThat(since.statusCode()).as(path).isEqualTo(304);
            assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(header(head, "Content-Length")).isEqualTo(String.valueOf(page.body().length));
            assertThat(header(head, "ETag")).isEqualTo(etag);
        }
        // HEAD before anything is kept is answered by the application, not sent to the login page.
        pageCache.clear();
        assertThat(anonymous("HEAD", "/.rest/delivery/articles/website-open-member-recruitment").statusCode())
                .isEqualTo(200);
        assertThat(anonymous("HEAD", "/issues").statusCode()).isEqualTo(200);
        assertThat(anonymous("HEAD", "/contact").statusCode()).isEqualTo(200);
    }

    @Test
    void aPublicationAndAnUnpublicationShowInCachedPagesAndListsWithinTheBound() throws Exception {
        String name = "zz-page-cache-" + System.nanoTime();
        String title = "キャッシュ確認用のお知らせ " + name;
        // Everything a visitor might have in the cache before the change.
        String[] lists = {"/", "/articles", "/sitemap.xml", "/articles/feed.atom", "/articles/feed.rss",
                "/.rest/delivery/articles?limit=100"};
        for (String path : lists) {
            assertThat(text(anonymous("GET", path))).doesNotContain(name);
        }
        assertThat(anonymous("GET", "/articles/" + name).statusCode()).isEqualTo(404);

        content.create("articles", name, Map.of("title", title, "category", "news", "body", "<p>本文</p>"), "テスト",
                "editor");
        publication.publish("articles", name, null, "pref");
        try {
            for (String path : lists) {
                assertWithinBound(path, body -> body.contains(name));
            }
            assertWithinBound("/articles/" + name, body -> body.contains(title));
            assertWithinBound("/.rest/delivery/articles/" + name, body -> body.contains(title));

            publication.unpublish("articles", name, "pref");
            for (String path : lists) {
                assertWithinBound(path, body -> !body.contains(name));
            }
            long deadline = System.nanoTime() + BOUND.toNanos();
            int status;
            do {
                status = anonymous("GET", "/articles/" + name).statusCode();
            } while (status != 404 && System.nanoTime() < deadline);
            assertThat(status).isEqualTo(404);
            deadline = System.nanoTime() + BOUND.toNanos();
            do {
                status = anonymous("GET", "/.rest/delivery/articles/" + name).statusCode();
            } while (status != 404 && System.nanoTime() < deadline);
            assertThat(status).as("the delivery API's item within the bound").isEqualTo(404);
        } finally {
            if (content.get("articles", name).publishedRevision() != null) {
                publication.unpublish("articles", name, "pref");
            }
            content.delete("articles", name, "editor");
        }
    }

    /** Polls the page until it shows what is expected, failing when that takes longer than the bound. */
    private void assertWithinBound(String path, Predicate<String> expected) throws Exception {
        long started = System.nanoTime();
        long deadline = started + BOUND.toNanos();
        String body;
        do {
            body = text(anonymous("GET", path));
        } while (!expected.test(body) && System.nanoTime() < deadline);
        assertThat(expected.test(body)).as("%s within %s", path, BOUND).isTrue();
    }

    @Test
    void aLoggedInVisitorNeverGetsTheCachedPageNorLeavesTheirsInIt() throws Exception {
        anonymous("GET", "/articles");
        anonymous("GET", "/articles");
        long kept = pageCache.size();

        HttpVisitor member = HttpVisitor.loggedIn(base(), "member", "musubi-demo");
        HttpResponse<String> page = member.get("/articles");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ログアウト").contains("ログイン中");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store")
                .doesNotContain("public");
        assertThat(pageCache.size()).isEqualTo(kept);
        assertThat(text(anonymous("GET", "/articles"))).doesNotContain("ログアウト");
        assertThat(member.get("/mypage").headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void aFormPageWithItsCsrfTokenIsNeverServedFromTheCache() throws Exception {
        for (String form : new String[] {"/contact", "/join", "/consultation"}) {
            HttpResponse<byte[]> first = anonymous("GET", form);
            HttpResponse<byte[]> second = anonymous("GET", form);
            Matcher one = CSRF.matcher(text(first));
            Matcher two = CSRF.matcher(text(second));
            assertThat(one.find()).as(form).isTrue();
            assertThat(two.find()).as(form).isTrue();
            // Two visitors, two sessions, two tokens: each rendered for its visitor.
            assertThat(one.group(1)).as(form).isNotEqualTo(two.group(1));
            assertThat(header(second, "Set-Cookie")).as(form).contains("JSESSIONID");
            assertThat(header(second, "Cache-Control")).as(form).contains("no-store");
        }
        assertThat(pageCache.size()).isZero();
        HttpResponse<byte[]> preview = anonymous("GET", "/editor/preview/articles/website-open-member-recruitment");
        assertThat(preview.statusCode()).isEqualTo(302);
        assertThat(pageCache.size()).isZero();
    }

    @Test
    void anUnknownUrlIsTheJapanese404ForAnonymousAndLoggedInVisitorsAlike() throws Exception {
        HttpVisitor member = HttpVisitor.loggedIn(base(), "member", "musubi-demo");
        for (String path : new String[] {"/no-such-page", "/no-such-page/deeper", "/articles/a/b/c", "/wp-login.php"}) {
            HttpResponse<byte[]> anonymous = anonymous("GET", path, "Accept", "text/html");
            HttpResponse<String> loggedIn = member.get(path, "Accept", "text/html");
            assertThat(anonymous.statusCode()).as(path).isEqualTo(404);
            assertThat(text(anonymous)).as(path).contains("ページが見つかりません");
            assertThat(loggedIn.statusCode()).as(path).isEqualTo(404);
            assertThat(loggedIn.body()).as(path).contains("ページが見つかりません");
        }
        // Routes that exist and need a login still ask for it.
        for (String path : new String[] {"/mypage", "/inbox", "/admin", "/member", "/editor"}) {
            HttpResponse<byte[]> response = anonymous("GET", path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(header(response, "Location")).as(path).endsWith("/login");
        }
    }

    @Test
    void otherMethodsOnReadOnlyRoutesAre405WithAllowInJapanese() throws Exception {
        HttpResponse<byte[]> page = anonymous("POST", "/articles", "Accept", "text/html");
        HttpResponse<byte[]> api = anonymous("DELETE", "/.rest/delivery/articles/website-open-member-recruitment");
        HttpResponse<byte[]> put = anonymous("PUT", "/");

        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(header(page, "Allow")).isEqualTo("GET, HEAD");
        assertThat(text(page)).contains("この操作はできません");
        assertThat(api.statusCode()).isEqualTo(405);
        assertThat(header(api, "Allow")).isEqualTo("GET, HEAD");
        assertThat(header(api, "Content-Type")).startsWith("application/problem+json");
        assertThat(text(api)).contains("この操作はできません");
        assertThat(put.statusCode()).isEqualTo(405);
    }

    @Test
    void theEditorsPreviewIsNeverCachedNorKeptByBrowsersOrCdns() throws Exception {
        HttpVisitor editor = HttpVisitor.loggedIn(base(), "editor", "musubi-demo");
        String preview = "/editor/preview/articles/website-open-member-recruitment";
        HttpResponse<String> first = editor.get(preview);
        HttpResponse<String> second = editor.get(preview);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("no-store").doesNotContain("public");
        assertThat(pageCache.size()).isZero();
        // The public page of the same item is cached and public, the preview stays personal.
        assertThat(header(anonymous("GET", ARTICLE), "Cache-Control")).startsWith("public");
        assertThat(editor.get(preview).headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void textIsCompressedForLoggedInVisitorsFormsAndApiClientsAlike() throws Exception {
        HttpVisitor member = HttpVisitor.loggedIn(base(), "member", "musubi-demo");
        HttpResponse<String> mypage = member.get("/mypage", "Accept-Encoding", "gzip");
        HttpResponse<byte[]> form = anonymous("GET", "/contact", "Accept-Encoding", "gzip");
        HttpResponse<byte[]> api = anonymous("GET", "/.rest/delivery/articles?limit=10", "Accept-Encoding", "gzip");
        HttpResponse<byte[]> plainApi = anonymous("GET", "/.rest/delivery/articles?limit=10");

        assertThat(mypage.statusCode()).isEqualTo(200);
        assertThat(mypage.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(header(form, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(api, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(plainApi, "Content-Encoding")).isNull();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(api.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plainApi.body());
        }
    }

    /** Many visitors missing one page at once (a list just after a publication) cost one rendering. */
    @Test
    void concurrentMissesOfOnePageAreRenderedOnce() throws Exception {
        long missesBefore = pageCache.misses();
        java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(raw.sendAsync(HttpRequest.newBuilder(base().resolve("/articles")).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofByteArray()));
        }
        byte[] first = null;
        for (var answer : answers) {
            HttpResponse<byte[]> response = answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            if (first == null) {
                first = response.body();
            }
            assertThat(response.body()).isEqualTo(first);
        }
        assertThat(pageCache.misses() - missesBefore).as("renderings of /articles").isEqualTo(1);
    }
}
