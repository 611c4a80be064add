package jp.musubi.cms.sitestats;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.common.SiteSearchHits;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records each successful GET of a public page (HTML) after it was answered: path, content type,
 * a daily-salted visitor hash, the referring host (other sites only) and, for a site search, its term
 * and how many hits it found ({@link SiteSearchHits}). Sets no
 * cookie and stores no address; the work on the request thread is a hash and a queue offer.
 * Kept apart from the site's response cache so that cached answers are counted too.
 */
class SiteStatsFilter extends OncePerRequestFilter {

    private static final List<String> NOT_PUBLIC = List.of("/admin", "/api", "/editor", "/inbox", "/member", "/mypage",
            "/modeler", "/assets", "/dam", "/.rest", "/actuator", "/login", "/logout", "/error", "/account", "/newsletter",
            "/favicon", "/robots.txt", "/sitemap.xml");

    private final SiteStatsRecorder recorder;
    private final DailySalt salt = new DailySalt();
    private final Clock clock;
    private final String ownHost;

    SiteStatsFilter(SiteStatsRecorder recorder, Clock clock, String ownHost) {
        this.recorder = recorder;
        this.clock = clock;
        this.ownHost = ownHost;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (NOT_PUBLIC.stream().anyMatch(path::startsWith) || path.contains(".")) {
            return;
        }
        String type = response.getContentType();
        if (type != null && !type.startsWith("text/html")) {
            return;
        }
        var today = JapaneseTimes.today(clock);
        String visitor = salt.visitor(today, request.getRemoteAddr(), request.getHeader("User-Agent"));
        // Only a page that searched names its term (and its hits); a q elsewhere is no site search.
        SiteSearchHits.Search search = SiteSearchHits.of(request);
        String term = search == null ? null : search.term().substring(0, Math.min(200, search.term().length()));
        recorder.offer(new SiteHit(today, path.length() > 300 ? path.substring(0, 300) : path, contentType(path), visitor,
                referrer(request.getHeader("Referer"), request.getServerName()), term, search == null ? 0 : search.hits()));
    }

    static String contentType(String path) {
        String[] parts = path.split("/");
        if (parts.length < 2 || parts[1].isEmpty()) {
            return "top";
        }
        return switch (parts[1]) {
            case "articles", "issues", "seeds", "members", "events", "pages" -> parts[1];
            default -> "other";
        };
    }

    private String referrer(String referer, String serverName) {
        if (referer == null) {
            return null;
        }
        try {
            String host = URI.create(referer).getHost();
            if (host == null || host.equalsIgnoreCase(serverName) || host.equalsIgnoreCase(ownHost)) {
                return null;
            }
            return host.length() > 255 ? host.substring(0, 255) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
