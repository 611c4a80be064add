package jp.musubi.cms.authoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize largest JSON request body of the authoring API (uploads have their own limit,
 *                    {@code musubi.cms.assets.max-size})
 * @param maxPageSize most items one list request may return
 */
@ConfigurationProperties("musubi.cms.authoring")
public record AuthoringProperties(DataSize maxBodySize, Integer maxPageSize) {

    public AuthoringProperties {
        if (maxBodySize == null) {
            maxBodySize = DataSize.ofMegabytes(1);
        }
        if (maxPageSize == null) {
            maxPageSize = 100;
        }
        if (maxBodySize.toBytes() < 1 || maxPageSize < 1) {
            throw new IllegalArgumentException("musubi.cms.authoring limits must be positive");
        }
    }
}
