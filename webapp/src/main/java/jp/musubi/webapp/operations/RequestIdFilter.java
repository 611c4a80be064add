package jp.musubi.webapp.operations;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, written into each log line of the request (MDC {@code requestId}, a field of
 * the structured JSON logs) and returned as {@code X-Request-Id}, so an operator finds a user's error in
 * the logs. A proxy's id is kept when it looks like one (letters, digits, {@code .-_}, at most 64);
 * anything else is replaced, so a client cannot write arbitrary text into the logs.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(HEADER);
        String id = incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, new KeepRequestId(response));
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /**
     * The published-response cache replays the headers it captured with a page, the request id of the
     * request that rendered it among them: this response's own id is the one that stays.
     */
    private static final class KeepRequestId extends HttpServletResponseWrapper {

        KeepRequestId(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HEADER.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // The error page of a failed request is logged under the same id.
        return false;
    }
}
