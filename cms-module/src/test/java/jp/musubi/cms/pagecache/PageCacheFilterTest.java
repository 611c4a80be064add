package jp.musubi.cms.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.ContentChangeLog;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The cache in front of a stand-in application whose page shows the content change log's position,
 * with a test clock for the check interval: what an anonymous visitor gets, when a publication
 * shows, and what is never kept.
 */
class PageCacheFilterTest {

    private static final Duration INTERVAL = Duration.ofMillis(250);

    private final AtomicLong sequence = new AtomicLong(1);
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicInteger renders = new AtomicInteger();
    private final ContentChangeLog log = new ContentChangeLog() {
        @Override
        public List<ContentChange> changesAfter(long afterSequence, int limit) {
            return List.of();
        }

        @Override
        public long lastSequence() {
            return sequence.get();
        }
    };
    private final PageCacheProperties properties = new PageCacheProperties(true, INTERVAL, Duration.ofSeconds(60),
            null, null, null, null, null, Duration.ofSeconds(30));
    private final com.github.benmanes.caffeine.cache.Cache<String, CachedResponse> entries =
            PageCacheConfiguration.entries(properties);
    private final ChangeLogWatch watch = new ChangeLogWatch(log, INTERVAL.toNanos(), nanos::get, entries::invalidateAll);
    private final PageCacheFilter filter = new PageCacheFilter(entries, watch, properties, nanos::get,
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));

    /** What the application does for a request: by default a public page naming the log position. */
    private Page application = (request, response) -> {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("<html><body>" + "公開中の記事 ".repeat(40) + "版 " + sequence.get() + "</body></html>");
    };

    interface Page {
        void render(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
        return send(filter, request);
    }

    private MockHttpServletResponse send(PageCacheFilter filter, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                renders.incrementAndGet();
                application.render(req, res);
            }
        }));
        return response;
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }

    @Test
    void anAnonymousPageIsRenderedOnceThenServedFromMemoryWithPublicCaching() throws Exception {
        MockHttpServletResponse first = send(get("/articles/a"));
        MockHttpServletResponse second = send(get("/articles/a"));

        assertThat(renders).hasValue(1);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("版 1");
        assertThat(second.getHeader("Cache-Control")).isEqualTo("public, max-age=1, s-maxage=1, stale-while-revalidate=10");
        assertThat(first.getHeader("Cache-Control")).isEqualTo(second.getHeader("Cache-Control"));
        // The security headers of the rendering come along.
        assertThat(second.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("\"");
        assertThat(second.getHeader("Last-Modified")).isEqualTo("Tue, 01 Dec 2026 00:00:00 GMT");
        assertThat(second.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void gzipIsSentToWhoAcceptsItAndReadsBackAsTheSamePage() throws Exception {
        String plain = send(get("/")).getContentAsString();
        MockHttpServletRequest request = get("/");
        request.addHeader("Accept-Encoding", "gzip, deflate, br");
        MockHttpServletResponse zipped = send(request);

        assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.getContentAsByteArray().length).isLessThan(plain.getBytes(StandardCharsets.UTF_8).length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
        assertThat(zipped.getHeader("ETag")).endsWith("-gz\"");
        MockHttpServletRequest refused = get("/");
        refused.addHeader("Accept-Encoding", "gzip;q=0, identity");
        assertThat(send(refused).getHeader("Content-Encoding")).isNull();
        assertThat(renders).hasValue(1);
    }

    @Test
    void conditionalRequestsAre304FromTheCacheAndHeadHasTheHeadersWithoutBody() throws Exception {
        MockHttpServletResponse page = send(get("/.rest/delivery/articles"));
        MockHttpServletRequest revalidate = get("/.rest/delivery/articles");
        revalidate.addHeader("If-None-Match", "W/" + page.getHeader("ETag"));
        MockHttpServletRequest since = get("/.rest/delivery/articles");
        since.addHeader("If-Modified-Since", page.getHeader("Last-Modified"));
        MockHttpServletRequest other = get("/.rest/delivery/articles");
        other.addHeader("If-None-Match", "\"something-else\"");
        MockHttpServletRequest head = get("/.rest/delivery/articles");
        head.setMethod("HEAD");

        MockHttpServletResponse notModified = send(revalidate);
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        assertThat(notModified.getHeader("ETag")).isEqualTo(page.getHeader("ETag"));
        assertThat(send(since).getStatus()).isEqualTo(304);
        assertThat(send(other).getStatus()).isEqualTo(200);
        MockHttpServletResponse headers = send(head);
        assertThat(headers.getStatus()).isEqualTo(200);
        assertThat(headers.getContentAsByteArray()).isEmpty();
        assertThat(headers.getContentLength()).isEqualTo(page.getContentAsByteArray().length);
        assertThat(headers.getHeader("ETag")).isEqualTo(page.getHeader("ETag"));
        assertThat(renders).hasValue(1);
    }

    @Test
    void aPublicationShowsAfterOneCheckIntervalAtMost() throws Exception {
        assertThat(send(get("/articles")).getContentAsString()).contains("版 1");
        sequence.set(2); // a publication committed on some node

        nanos.addAndGet(INTERVAL.toNanos() - 1);
        assertThat(send(get("/articles")).getContentAsString()).as("within the interval").contains("版 1");
        nanos.addAndGet(1);
        assertThat(send(get("/articles")).getContentAsString()).as("one interval after").contains("版 2");
        assertThat(send(get("/articles")).getContentAsString()).contains("版 2");
        assertThat(renders).hasValue(2);
    }

    @Test
    void anEntryIsRenderedAgainAfterItsMaximumAgeEvenWithoutChange() throws Exception {
        send(get("/events"));
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        send(get("/events"));
        assertThat(renders).hasValue(1);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        send(get("/events"));
        assertThat(renders).hasValue(2);
    }

    @Test
    void theSeedDirectoryListedFromTheSearchIndexLivesOneSecondAtMost() throws Exception {
        send(get("/seeds"));
        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        send(get("/seeds"));
        assertThat(renders).hasValue(1);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        send(get("/seeds"));
        assertThat(renders).hasValue(2);
    }

    @Test
    void aVisitorWithASessionOrCredentialsIsAlwaysServedByTheApplication() throws Exception {
        send(get("/articles"));
        MockHttpServletRequest loggedIn = get("/articles");
        loggedIn.getSession(true);
        MockHttpServletRequest basic = get("/articles");
        basic.addHeader(HttpHeaders.AUTHORIZATION, "Basic eDp5");
        application = (request, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("ログイン中の表示");
        };

        assertThat(send(loggedIn).getContentAsString()).isEqualTo("ログイン中の表示");
        assertThat(send(basic).getContentAsString()).isEqualTo("ログイン中の表示");
        assertThat(renders).hasValue(3);
        // And what they were shown was not kept for anyone else.
        assertThat(send(get("/articles")).getContentAsString()).contains("版 1");
        assertThat(renders).hasValue(3);
    }

    @Test
    void responsesThatArePersonalAreNeverKept() throws Exception {
        application = (request, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.addCookie(new Cookie("JSESSIONID", "abc"));
            response.getWriter().write("<p>cookie</p>");
        };
        send(get("/articles"));
        send(get("/articles"));
        application = (request, response) -> {
            request.getSession(true);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>session</p>");
        };
        send(get("/issues"));
        send(get("/issues"));
        application = (request, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<form><input type=\"hidden\" name=\"_csrf\" value=\"t\"></form>");
        };
        send(get("/events/a"));
        MockHttpServletResponse form = send(get("/events/a"));

        assertThat(renders).hasValue(6);
        assertThat(form.getHeader("Cache-Control")).isNull();
        assertThat(entries.estimatedSize()).isZero();
    }

    @Test
    void errorsFormsPreviewsPortalAndSearchesAreNotKept() throws Exception {
        for (String path : List.of("/join", "/contact", "/editor/preview/articles/a", "/member", "/mypage", "/login",
                "/inbox")) {
            send(get(path));
            send(get(path));
        }
        MockHttpServletRequest search = get("/seeds");
        search.setQueryString("q=水位");
        send(search);
        send(search);
        assertThat(renders).hasValue(16);
        application = (request, response) -> response.sendError(404);
        send(get("/articles/missing"));
        send(get("/articles/missing"));
        assertThat(renders).hasValue(18);
        assertThat(entries.estimatedSize()).isZero();
    }

    @Test
    void otherMethodsOnReadOnlyRoutesAre405WithAllow() throws Exception {
        for (String path : List.of("/articles", "/.rest/delivery/articles/a", "/sitemap.xml", "/dam/x/y.png")) {
            MockHttpServletRequest post = new MockHttpServletRequest("POST", path);
            post.setRequestURI(path);
            MockHttpServletResponse response = send(post);
            assertThat(response.getStatus()).as(path).isEqualTo(405);
            assertThat(response.getHeader("Allow")).isEqualTo("GET, HEAD");
        }
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/contact/confirm");
        form.setRequestURI("/contact/confirm");
        send(form);
        assertThat(renders).as("forms take POST").hasValue(1);
    }

    @Test
    void theQueryStringIsPartOfTheKey() throws Exception {
        MockHttpServletRequest news = get("/articles");
        news.setQueryString("category=news");
        send(news);
        send(get("/articles"));
        send(news);
        assertThat(renders).hasValue(2);
    }

    /** Runs the first rendering only when released; the ones after it at once. */
    private CountDownLatch holdTheFirstRendering(CountDownLatch rendering, boolean thenFail) {
        CountDownLatch release = new CountDownLatch(1);
        Page page = application;
        AtomicInteger calls = new AtomicInteger();
        application = (request, response) -> {
            if (calls.getAndIncrement() == 0) {
                rendering.countDown();
                try {
                    if (!release.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("never released");
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
                if (thenFail) {
                    throw new IllegalStateException("the database went away");
                }
            }
            page.render(request, response);
        };
        return release;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    @Test
    void concurrentMissesOfOnePageAreRenderedOnceAndEveryoneGetsTheSameBytes() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = holdTheFirstRendering(rendering, false);
        int visitors = 8;
        ExecutorService pool = Executors.newFixedThreadPool(visitors);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> send(get("/seeds"))));
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 1; i < visitors; i++) {
                MockHttpServletRequest request = get("/seeds");
                if (i % 2 == 0) {
                    request.addHeader("Accept-Encoding", "gzip");
                }
                answers.add(pool.submit(() -> send(request)));
            }
            waitUntil(() -> filter.flights().waiting() == visitors - 1);
            release.countDown();

            String leader = answers.get(0).get(10, TimeUnit.SECONDS).getContentAsString();
            for (int i = 1; i < visitors; i++) {
                MockHttpServletResponse answer = answers.get(i).get(10, TimeUnit.SECONDS);
                assertThat(answer.getStatus()).isEqualTo(200);
                assertThat(answer.getHeader("Cache-Control")).startsWith("public");
                String body = i % 2 == 0 ? gunzip(answer.getContentAsByteArray()) : answer.getContentAsString();
                assertThat(body).isEqualTo(leader).contains("版 1");
            }
            assertThat(renders).hasValue(1);
            assertThat(filter.flights().inProgress()).isZero();
            send(get("/seeds"));
            assertThat(renders).as("kept for the next visitor").hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRenderingIsNotHandedToItsWaitersWhoRenderOnTheirOwn() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = holdTheFirstRendering(rendering, true);
        int visitors = 5;
        ExecutorService pool = Executors.newFixedThreadPool(visitors);
        try {
            Future<MockHttpServletResponse> leader = pool.submit(() -> send(get("/articles")));
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<MockHttpServletResponse>> waiters = new ArrayList<>();
            for (int i = 1; i < visitors; i++) {
                waiters.add(pool.submit(() -> send(get("/articles"))));
            }
            waitUntil(() -> filter.flights().waiting() == visitors - 1);
            release.countDown();

            assertThatThrownBy(() -> leader.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("the database went away");
            for (Future<MockHttpServletResponse> waiter : waiters) {
                MockHttpServletResponse answer = waiter.get(10, TimeUnit.SECONDS);
                assertThat(answer.getStatus()).isEqualTo(200);
                assertThat(answer.getContentAsString()).contains("版 1");
            }
            assertThat(renders).hasValue(visitors);
            assertThat(filter.flights().inProgress()).isZero();
            // Nothing of the failure stays: the next visitor's rendering is kept as usual.
            send(get("/articles"));
            send(get("/articles"));
            assertThat(renders).hasValue(visitors + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWaiterWaitsABoundedTimeThenRendersOnItsOwn() throws Exception {
        PageCacheProperties impatient = new PageCacheProperties(true, INTERVAL, Duration.ofSeconds(60), null, null,
                null, null, null, Duration.ofMillis(20));
        PageCacheFilter quick = new PageCacheFilter(entries, watch, impatient, nanos::get,
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = holdTheFirstRendering(rendering, false);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<MockHttpServletResponse> slow = pool.submit(() -> send(quick, get("/events")));
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
            // The first rendering is still held: the second visitor is answered all the same.
            MockHttpServletResponse second = pool.submit(() -> send(quick, get("/events"))).get(10, TimeUnit.SECONDS);
            assertThat(second.getStatus()).isEqualTo(200);
            assertThat(second.getContentAsString()).contains("版 1");
            assertThat(slow).isNotDone();
            release.countDown();
            assertThat(slow.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo(second.getContentAsString());
            assertThat(renders).hasValue(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
