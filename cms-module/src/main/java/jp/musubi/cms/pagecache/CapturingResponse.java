package jp.musubi.cms.pagecache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the body of a cacheable response and holds back the caching headers the application and
 * Spring Security write ({@code no-cache, no-store} by default): the cache decides them once it
 * knows whether the response is kept, and gives the held-back ones back when it is not.
 * Notices every cookie, because a response that sets one is personal.
 */
final class CapturingResponse extends ContentCachingResponseWrapper {

    private static final Set<String> HELD_BACK = Set.of("cache-control", "pragma", "expires");

    private final List<CachedResponse.Header> heldBack = new ArrayList<>();
    private boolean setsCookie;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    boolean setsCookie() {
        return setsCookie;
    }

    /** The caching headers the application wrote, for a response that is not kept. */
    void giveBackCachingHeaders() {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        for (CachedResponse.Header header : heldBack) {
            response.addHeader(header.name(), header.value());
        }
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        if (hold(name, value, true)) {
            return;
        }
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        if (hold(name, value, false)) {
            return;
        }
        super.addHeader(name, value);
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (isHeldBack(name)) {
            hold(name, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    java.time.Instant.ofEpochMilli(date).atZone(java.time.ZoneOffset.UTC)), true);
            return;
        }
        super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
        if (isHeldBack(name)) {
            hold(name, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    java.time.Instant.ofEpochMilli(date).atZone(java.time.ZoneOffset.UTC)), false);
            return;
        }
        super.addDateHeader(name, date);
    }

    @Override
    public boolean containsHeader(String name) {
        return isHeldBack(name) ? heldBack.stream().anyMatch(h -> h.name().equalsIgnoreCase(name))
                : super.containsHeader(name);
    }

    @Override
    public String getHeader(String name) {
        if (isHeldBack(name)) {
            return heldBack.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(CachedResponse.Header::value)
                    .findFirst().orElse(null);
        }
        return super.getHeader(name);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        if (isHeldBack(name)) {
            return heldBack.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(CachedResponse.Header::value)
                    .toList();
        }
        return super.getHeaders(name);
    }

    private boolean hold(String name, String value, boolean replace) {
        if (name == null) {
            return false;
        }
        if ("set-cookie".equalsIgnoreCase(name)) {
            setsCookie = true;
            return false;
        }
        if (!isHeldBack(name)) {
            return false;
        }
        if (replace) {
            heldBack.removeIf(h -> h.name().equalsIgnoreCase(name));
        }
        if (value != null) {
            heldBack.add(new CachedResponse.Header(name, value));
        }
        return true;
    }

    private static boolean isHeldBack(String name) {
        return name != null && HELD_BACK.contains(name.toLowerCase(Locale.ROOT));
    }
}
