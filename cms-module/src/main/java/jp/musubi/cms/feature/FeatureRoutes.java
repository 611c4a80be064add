package jp.musubi.cms.feature;

import java.util.List;

/**
 * The routes one switchable feature answers, contributed as a bean by the module that owns them.
 *
 * @param feature  the feature's id as written in {@code musubi.features.enabled} (e.g. {@code consultation})
 * @param patterns Spring path patterns of its routes (e.g. {@code /admin/consultations/**})
 */
public record FeatureRoutes(String feature, List<String> patterns) {

    public FeatureRoutes {
        if (feature == null || feature.isBlank()) {
            throw new IllegalArgumentException("A feature needs an id");
        }
        patterns = List.copyOf(patterns);
    }

    public static FeatureRoutes of(String feature, String... patterns) {
        return new FeatureRoutes(feature, List.of(patterns));
    }
}
