package jp.musubi.webapp.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response, in one place: Spring Security writes them on requests it
 * handles, and the error pages written outside it (the container's own refusals) write the same.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private SecurityHeaders() {
    }

    /** Adds the headers a response lacks; those Spring Security already wrote stay as they are. */
    public static void addMissing(HttpServletResponse response) {
        setIfAbsent(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Referrer-Policy", "strict-origin-when-cross-origin");
        setIfAbsent(response, "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
