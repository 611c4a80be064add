package jp.musubi.cms.feature;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers whether a path belongs to a disabled feature. Built once at start from the declared routes and the
 * configured ids; an id no module declares stops the start, since a misspelt switch would silently leave a
 * feature off (or on).
 */
public class Features {

    private final Set<String> declared;
    private final Set<String> enabled;
    private final List<PathPattern> disabledRoutes;

    public Features(List<FeatureRoutes> routes, FeatureProperties properties) {
        Set<String> ids = new TreeSet<>();
        routes.forEach(route -> ids.add(route.feature()));
        this.declared = Set.copyOf(ids);
        if (properties.enabled() != null) {
            Set<String> unknown = new LinkedHashSet<>(properties.enabled());
            unknown.removeAll(declared);
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("musubi.features.enabled names unknown features " + unknown
                        + "; the features this build declares are " + ids);
            }
        }
        this.enabled = declared.stream().filter(properties::enables).collect(java.util.stream.Collectors.toUnmodifiableSet());
        PathPatternParser parser = new PathPatternParser();
        List<PathPattern> disabled = new ArrayList<>();
        for (FeatureRoutes route : routes) {
            if (!enabled.contains(route.feature())) {
                route.patterns().forEach(pattern -> disabled.add(parser.parse(pattern)));
            }
        }
        this.disabledRoutes = List.copyOf(disabled);
    }

    public boolean isEnabled(String feature) {
        return enabled.contains(feature);
    }

    /** False when the path (without context path, query allowed) is a route of a disabled feature. */
    public boolean isReachable(String path) {
        if (disabledRoutes.isEmpty() || path == null) {
            return true;
        }
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        PathContainer container = PathContainer.parsePath(bare.isEmpty() ? "/" : bare);
        return disabledRoutes.stream().noneMatch(pattern -> pattern.matches(container));
    }

    public Set<String> declared() {
        return declared;
    }

}
