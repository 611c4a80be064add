package jp.musubi.webapp.error;

import org.springframework.http.MediaType;

/** Whether an error goes back to a program (problem+json) or to a person in a browser (an HTML page). */
final class ErrorAudience {

    private ErrorAudience() {
    }

    static boolean wantsProblemJson(String path, String accept) {
        if (path != null && (path.startsWith("/api/") || path.startsWith("/.rest/"))) {
            return true;
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .filter(type -> !type.isWildcardType())
                    .findFirst()
                    .map(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                            || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .orElse(false);
        } catch (RuntimeException unparsable) {
            return false;
        }
    }
}
