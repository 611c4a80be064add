package jp.musubi.cms.common;

import jakarta.servlet.ServletRequest;

/**
 * How a public search page tells the access statistics what its search found: the page puts the number
 * of hits on the request, the statistics filter reads it after the answer. A request without it was no
 * search, so its {@code q} is not counted as a search term.
 */
public final class SiteSearchHits {

    public static final String ATTRIBUTE = SiteSearchHits.class.getName();

    private SiteSearchHits() {
    }

    public static void record(ServletRequest request, String term, long hits) {
        if (term != null && !term.isBlank()) {
            request.setAttribute(ATTRIBUTE, new Search(term.strip(), hits));
        }
    }

    /** The search of a request, or null. */
    public static Search of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Search search ? search : null;
    }

    public record Search(String term, long hits) {
    }
}
