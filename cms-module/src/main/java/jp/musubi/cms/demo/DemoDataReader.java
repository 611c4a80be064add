package jp.musubi.cms.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the YAML files of the demo data, bundled on the classpath under the configured location. */
public class DemoDataReader {

    private final ResourceLoader resourceLoader;
    private final String location;
    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .findAndAddModules()
            .build();

    public DemoDataReader(ResourceLoader resourceLoader, String location) {
        this.resourceLoader = resourceLoader;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** Reads {@code file} (relative to the demo data location) into {@code type}. */
    public <T> T read(String file, Class<T> type) {
        Resource resource = resourceLoader.getResource(location + file);
        try (InputStream in = resource.getInputStream()) {
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data " + location + file + " cannot be read", e);
        }
    }

    public boolean exists(String file) {
        return resourceLoader.getResource(location + file).exists();
    }
}
