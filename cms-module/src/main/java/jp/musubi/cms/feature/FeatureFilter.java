package jp.musubi.cms.feature;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a disabled feature's routes with the product's 404 page (the container's error dispatch renders
 * it), before security and the page cache: a switched-off feature looks as if it never existed, to
 * anonymous visitors and logged-in users alike, instead of asking for a login.
 */
final class FeatureFilter extends OncePerRequestFilter {

    private final Features features;

    FeatureFilter(Features features) {
        this.features = features;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!features.isReachable(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
