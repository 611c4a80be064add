package jp.musubi.cms.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one save may store, whoever saves (authoring API, imports).
 *
 * @param maxValuesPerProperty most values a multiple property (tags, attachments…) may hold
 * @param maxSize              largest stored revision (its properties as JSON, UTF-8)
 */
@ConfigurationProperties("musubi.cms.content")
public record ContentLimits(Integer maxValuesPerProperty, DataSize maxSize) {

    public ContentLimits {
        if (maxValuesPerProperty == null) {
            maxValuesPerProperty = 100;
        }
        if (maxSize == null) {
            maxSize = DataSize.ofMegabytes(1);
        }
        if (maxValuesPerProperty < 1 || maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("musubi.cms.content limits must be positive");
        }
    }
}
