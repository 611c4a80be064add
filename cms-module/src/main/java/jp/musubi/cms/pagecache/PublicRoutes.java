package jp.musubi.cms.pagecache;

import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The read-only public routes: the pages of published content, their feeds and sitemap, and the
 * delivery API. Only these are ever cached; the forms ({@code /join}, {@code /contact}, …), the
 * preview, the member portal and every page behind login are not in the list. Assets by id are
 * read-only too (405 for other methods) but not kept: they are files, not rendered.
 */
final class PublicRoutes {

    private static final List<PathPattern> CACHEABLE = parse("/", "/articles", "/articles/*", "/issues",
            "/issues/*", "/seeds", "/seeds/*", "/members", "/members/*", "/events", "/events/*", "/pages/*",
            "/sitemap.xml", "/.rest/delivery/**", "/talents", "/talents/*");
    private static final List<PathPattern> READ_ONLY = parse("/dam/**");

    private PublicRoutes() {
    }

    static boolean cacheable(String path) {
        return matches(CACHEABLE, path);
    }

    /** Routes that answer GET and HEAD only: other methods get 405 with {@code Allow}. */
    static boolean readOnly(String path) {
        return matches(CACHEABLE, path) || matches(READ_ONLY, path);
    }

    /**
     * A full-text query ({@code q}) is answered from the search index, which follows the change log on
     * its own schedule; such answers are not kept, so none outlives the index's catching up.
     */
    static boolean searches(String query) {
        return query != null && (query.startsWith("q=") || query.contains("&q="));
    }

    /**
     * The シーズ and 人材情報 directories are listed from the search index even without a query: after a publication it
     * may be rendered before the index caught up, so its entries live one second at most.
     */
    static boolean searchBacked(String path) {
        return "/seeds".equals(path) || "/talents".equals(path);
    }

    private static boolean matches(List<PathPattern> patterns, String path) {
        if (path == null || path.isEmpty() || path.indexOf(';') >= 0) {
            // Path parameters (;jsessionid=…) are not a public URL.
            return false;
        }
        PathContainer container = PathContainer.parsePath(path);
        for (PathPattern pattern : patterns) {
            if (pattern.matches(container)) {
                return true;
            }
        }
        return false;
    }

    private static List<PathPattern> parse(String... patterns) {
        PathPatternParser parser = new PathPatternParser();
        return java.util.Arrays.stream(patterns).map(parser::parse).toList();
    }
}
