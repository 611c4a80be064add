package jp.musubi.webapp.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every {@code sendRedirect} writes its Location as given. Tomcat would make a relative location
 * absolute from the Host header, which the client chooses ({@code Host: evil.example} →
 * {@code http://evil.example/login}); {@code server.tomcat.use-relative-redirects} stops that for
 * HTTP/1.1 only, not for an HTTP/1.0 request. Relative Locations are valid (RFC 9110) and every
 * browser resolves them against the page's own address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RelativeRedirectFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new LocationAsGiven(response));
    }

    private static final class LocationAsGiven extends HttpServletResponseWrapper {

        LocationAsGiven(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) {
            redirect(location, SC_FOUND, true);
        }

        @Override
        public void sendRedirect(String location, int status) {
            redirect(location, status, true);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) {
            redirect(location, SC_FOUND, clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) {
            redirect(location, status, clearBuffer);
        }

        private void redirect(String location, int status, boolean clearBuffer) {
            if (isCommitted()) {
                throw new IllegalStateException("Cannot redirect: the response is already committed");
            }
            if (clearBuffer) {
                resetBuffer();
            }
            setStatus(status);
            setHeader("Location", location);
        }
    }
}
