package jp.musubi.cms.handover;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import jp.musubi.cms.asset.AssetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar musubi.jar --musubi.handover.import-from=/path/archive.zip --musubi.demo.enabled=false}: imports
 * the archive into this (empty) installation, logs the result and ends the application with status 0,
 * or 1 when the import was refused (the Japanese reason is logged; nothing changed).
 */
@Component
@ConditionalOnProperty("musubi.handover.import-from")
class HandoverImportRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HandoverImportRunner.class);

    private final HandoverCatalog catalog;
    private final DataSource dataSource;
    private final AssetProperties assets;
    private final ConfigurableApplicationContext context;
    private final String archive;

    HandoverImportRunner(HandoverCatalog catalog, DataSource dataSource, AssetProperties assets,
                         ConfigurableApplicationContext context, HandoverProperties properties) {
        this.catalog = catalog;
        this.dataSource = dataSource;
        this.assets = assets;
        this.context = context;
        this.archive = properties.importFrom().toString();
    }

    @Override
    public void run(ApplicationArguments args) {
        int status;
        try {
            Map<String, Long> rows = new HandoverImport(catalog, dataSource, assets.directory())
                    .importArchive(Path.of(archive));
            log.info(HandoverTexts.TEXTS.get("handover.import.done", archive,
                    rows.values().stream().mapToLong(Long::longValue).sum(), rows.size()));
            status = 0;
        } catch (HandoverRefusedException e) {
            log.error(e.getMessage());
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
