package jp.musubi.cms.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  load the demo data of {@code seeds/} on start (the embedded default only)
 * @param location where the YAML files are, as a Spring resource location
 */
@ConfigurationProperties("musubi.demo")
public record DemoDataProperties(boolean enabled, String location) {

    public DemoDataProperties {
        if (location == null || location.isBlank()) {
            location = "classpath:seeds/";
        }
    }
}
