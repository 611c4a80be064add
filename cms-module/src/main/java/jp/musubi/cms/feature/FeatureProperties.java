package jp.musubi.cms.feature;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which switchable features this programme runs.
 *
 * @param enabled feature ids; when the property is absent every declared feature runs (so a module's own
 *                tests need no switch), an empty list turns all of them off
 */
@ConfigurationProperties("musubi.features")
public record FeatureProperties(List<String> enabled) {

    public FeatureProperties {
        enabled = enabled == null ? null : List.copyOf(enabled);
    }

    /** Whether this programme runs {@code feature} (every feature does when the property is absent). */
    public boolean enables(String feature) {
        return enabled == null || enabled.contains(feature);
    }
}
