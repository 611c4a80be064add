package jp.musubi.webapp.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.util.UrlUtils;

/**
 * Redirects to a path only, never to a host. Spring Security makes some targets absolute from the
 * request (the page saved before the login is {@code http://<Host header>/mypage?continue}); the Host
 * header is the client's to choose, so only the path and query of such a target are kept.
 */
final class RelativeRedirectStrategy implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        String target;
        if (UrlUtils.isAbsoluteUrl(url)) {
            URI uri = URI.create(url);
            target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } else {
            target = request.getContextPath() + url;
        }
        // "//host/…" would be read by the browser as another host.
        target = "/" + target.replaceFirst("^/+", "");
        response.sendRedirect(response.encodeRedirectURL(target));
    }
}
