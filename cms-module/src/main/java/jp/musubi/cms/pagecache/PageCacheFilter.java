package jp.musubi.cms.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers anonymous GET and HEAD of the public routes from memory. It runs before Spring Security
 * and the session machinery: a hit costs a map lookup and a write of the bytes, and carries the
 * headers (security headers included) the application wrote when it rendered the page.
 *
 * <p>Anonymous means the request has no session and no {@code Authorization}: a logged-in visitor, or
 * anyone whose session holds a form's CSRF token or a flash message, is always served by the
 * application. A response is kept only when it is a 200 of a text type, created no session, set no
 * cookie and holds no CSRF token. An entry is valid for the change-log generation it was rendered
 * under ({@link ChangeLogWatch}) and at most {@code max-entry-age}.
 *
 * <p>Other methods on these read-only routes get 405 with {@code Allow: GET, HEAD} (the error page or
 * problem+json says it in Japanese), before the CSRF check would answer 403.
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final String ALLOW = "GET, HEAD";
    private static final int MIN_GZIP = 256;
    private static final long SEARCH_BACKED_MAX_AGE = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);
    private static final byte[] CSRF_MARK = "_csrf".getBytes(StandardCharsets.US_ASCII);
    /** Written by the cache from the entry itself, never copied from the rendering. */
    private static final Set<String> OWN_HEADERS = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
            "cache-control", "pragma", "expires", "etag", "last-modified", "vary", "content-encoding", "content-type",
            "connection", "keep-alive", "content-language");

    private final Cache<String, CachedResponse> cache;
    private final PageCacheCounts counts;
    private final ChangeLogWatch watch;
    private final PageCacheProperties properties;
    private final String cacheControl;
    private final LongSupplier nanoTime;
    private final Clock clock;
    private final RenderFlights flights = new RenderFlights();

    PageCacheFilter(Cache<String, CachedResponse> cache, ChangeLogWatch watch, PageCacheProperties properties,
                    LongSupplier nanoTime, Clock clock) {
        this(cache, watch, properties, nanoTime, clock, new PageCacheCounts());
    }

    PageCacheFilter(Cache<String, CachedResponse> cache, ChangeLogWatch watch, PageCacheProperties properties,
                    LongSupplier nanoTime, Clock clock, PageCacheCounts counts) {
        this.counts = counts;
        this.cache = cache;
        this.watch = watch;
        this.properties = properties;
        this.cacheControl = properties.cacheControl();
        this.nanoTime = nanoTime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            if (!"OPTIONS".equals(method) && PublicRoutes.readOnly(path)) {
                response.setHeader(HttpHeaders.ALLOW, ALLOW);
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        if (!properties.enabled() || !PublicRoutes.cacheable(path) || PublicRoutes.searches(query)
                || (query == null && !request.getParameterMap().isEmpty()) || !anonymous(request)) {
            // Parameters without a query string (a forwarded or mock request) are not part of any key.
            chain.doFilter(request, response);
            return;
        }
        String key = query == null ? path : path + '?' + query;
        long generation = watch.generation();
        CachedResponse cached = cache.getIfPresent(key);
        if (cached != null && isCurrent(cached, generation, path)) {
            counts.hit();
            serve(cached, request, response, head);
            return;
        }
        RenderFlights.Flight flight = flights.join(key, generation, head);
        if (flight != null && !flight.leads()) {
            // Another request renders this page right now: wait for its bytes rather than render it again.
            CachedResponse shared = flights.await(flight, properties.missWait().toNanos());
            if (shared != null) {
                counts.coalesce();
                serve(shared, request, response, head);
                return;
            }
            // Its rendering failed, was not keepable or took too long: this request renders on its own.
            counts.miss();
            renderAlone(request, response, chain);
            return;
        }
        counts.miss();
        if (flight == null) {
            // A HEAD renders no body, so there is nothing to keep; the GET that follows will.
            renderAlone(request, response, chain);
            return;
        }
        CachedResponse fresh = null;
        try {
            CapturingResponse capture = new CapturingResponse(response);
            chain.doFilter(request, capture);
            fresh = keepable(request, capture) ? entry(capture, generation, cached) : null;
            if (fresh == null) {
                capture.giveBackCachingHeaders();
                capture.copyBodyToResponse();
                return;
            }
            cache.put(key, fresh);
        } finally {
            // Whatever happened, the waiters are released: with the bytes, or with nothing to render themselves.
            flights.land(flight, fresh);
        }
        serve(fresh, request, response, false);
    }

    /** The application answers this request itself, its own headers included; nothing is kept. */
    private static void renderAlone(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
    }

    /** The renderings in progress (tests). */
    RenderFlights flights() {
        return flights;
    }

    private boolean isCurrent(CachedResponse cached, long generation, String path) {
        long maxAge = properties.maxEntryAge().toNanos();
        if (PublicRoutes.searchBacked(path)) {
            maxAge = Math.min(maxAge, SEARCH_BACKED_MAX_AGE);
        }
        return cached.generation() == generation && nanoTime.getAsLong() - cached.storedNanos() < maxAge;
    }

    private static boolean anonymous(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getUserPrincipal() == null
                && request.getSession(false) == null;
    }

    private boolean keepable(HttpServletRequest request, CapturingResponse capture) {
        if (capture.getStatus() != HttpServletResponse.SC_OK || capture.setsCookie() || capture.isCommitted()
                || request.getSession(false) != null || capture.getContentSize() > properties.maxBodyBytes()) {
            return false;
        }
        String type = capture.getContentType();
        if (type == null || !isText(type.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // Belt and braces: a page holding a CSRF token belongs to one session, whatever made it.
        return indexOf(capture.getContentAsByteArray(), CSRF_MARK) < 0;
    }

    private static boolean isText(String type) {
        return type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("application/xml")
                || type.startsWith("application/atom+xml") || type.startsWith("application/rss+xml");
    }

    private CachedResponse entry(CapturingResponse capture, long generation, CachedResponse previous) throws IOException {
        byte[] body = capture.getContentAsByteArray();
        HttpServletResponse response = (HttpServletResponse) capture.getResponse();
        List<CachedResponse.Header> headers = new ArrayList<>();
        for (String name : new HashSet<>(response.getHeaderNames())) {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new CachedResponse.Header(name, value));
                }
            }
        }
        String etag = '"' + digest(body) + '"';
        long lastModified;
        if (previous != null && previous.etag().equals(etag)) {
            // Rendered again, same bytes: still as old as before.
            lastModified = previous.lastModified();
        } else {
            lastModified = writtenDate(response.getHeader(HttpHeaders.LAST_MODIFIED));
        }
        lastModified -= lastModified % 1000;
        return new CachedResponse(capture.getContentType(), List.copyOf(headers), body, gzip(body), etag, lastModified,
                generation, nanoTime.getAsLong());
    }

    private long writtenDate(String header) {
        if (header != null) {
            try {
                return java.time.ZonedDateTime.parse(header, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant().toEpochMilli();
            } catch (java.time.format.DateTimeParseException unparsable) {
                // The rendering time instead.
            }
        }
        return clock.millis();
    }

    private void serve(CachedResponse cached, HttpServletRequest request, HttpServletResponse response, boolean head)
            throws IOException {
        boolean gzip = cached.gzip() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = gzip ? cached.gzipEtag() : cached.etag();
        Set<String> written = new HashSet<>();
        for (CachedResponse.Header header : cached.headers()) {
            if (written.add(header.name().toLowerCase(Locale.ROOT))) {
                response.setHeader(header.name(), header.value());
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, cached.lastModified());
        if (notModified(request, cached)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(cached.contentType());
        byte[] body = cached.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            body = cached.gzip();
        }
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    /** RFC 9110 §13.1: If-None-Match (weak comparison, either encoding's tag) wins over If-Modified-Since. */
    private static boolean notModified(HttpServletRequest request, CachedResponse cached) {
        String noneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (noneMatch != null) {
            for (String tag : noneMatch.split(",")) {
                String candidate = tag.trim();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(cached.etag()) || candidate.equals(cached.gzipEtag())) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && cached.lastModified() <= since;
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.trim().split(";");
            String name = coding[0].trim().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                for (int i = 1; i < coding.length; i++) {
                    String parameter = coding[i].trim().replace(" ", "");
                    if (parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) throws IOException {
        if (body.length < MIN_GZIP) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        byte[] compressed = out.toByteArray();
        return compressed.length < body.length ? compressed : null;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
