package jp.musubi.webapp.error;

/**
 * Whether an error goes back to a program (problem+json) or to a person in a browser (an HTML page): by
 * the path alone. The APIs ({@code /api/**}, {@code /.rest/**}) answer RFC 9457 problems; every other
 * route is a page and answers the Japanese error page in the site's layout, whatever the request's
 * {@code Accept} says (a browser's, {@code *}{@code /*} or a program's JSON alike).
 */
final class ErrorAudience {

    private ErrorAudience() {
    }

    static boolean wantsProblemJson(String path) {
        return path != null && (path.startsWith("/api/") || path.startsWith("/.rest/"));
    }
}
