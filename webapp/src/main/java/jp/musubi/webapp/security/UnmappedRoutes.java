package jp.musubi.webapp.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches a request no route of the application answers, so that it reaches the Japanese 404 page
 * whoever asks instead of the login page: a login is asked for only where there is something to
 * log in to. Every handler mapping is asked (controllers, actuator, the rest); only the static
 * resource handler, which takes any path and answers 404 itself when no file is there, does not
 * count as a route. A mapping that knows the path for another method counts as a route.
 */
final class UnmappedRoutes implements RequestMatcher {

    private final ObjectProvider<HandlerMapping> mappings;
    private volatile List<HandlerMapping> resolved;

    UnmappedRoutes(ObjectProvider<HandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        HttpServletRequest probe = new AttributeSandbox(request);
        ServletRequestPathUtils.parseAndCache(probe);
        for (HandlerMapping mapping : mappings()) {
            try {
                HandlerExecutionChain chain = mapping.getHandler(probe);
                if (chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler)) {
                    return false;
                }
            } catch (Exception routeForAnotherMethodOrMediaType) {
                return false;
            }
        }
        return true;
    }

    private List<HandlerMapping> mappings() {
        List<HandlerMapping> list = resolved;
        if (list == null) {
            list = mappings.orderedStream().toList();
            resolved = list;
        }
        return list;
    }

    /** Asking a mapping leaves its attributes (path variables, best pattern) in the probe, not in the request. */
    private static final class AttributeSandbox extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        AttributeSandbox(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }
}
