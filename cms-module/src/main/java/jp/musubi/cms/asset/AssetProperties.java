package jp.musubi.cms.asset;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param directory where uploaded files are kept (created when needed); back it up with the database
 * @param maxSize   largest file accepted
 */
@ConfigurationProperties("musubi.cms.assets")
public record AssetProperties(Path directory, DataSize maxSize) {

    public AssetProperties {
        if (directory == null) {
            directory = Path.of("data", "assets");
        }
        if (maxSize == null) {
            maxSize = DataSize.ofMegabytes(10);
        }
    }
}
