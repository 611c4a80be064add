package jp.musubi.cms.demo;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads every {@link DemoDataSection} that has not been loaded yet, each in its own transaction,
 * and records it so that a second start adds nothing.
 */
@Component
@ConditionalOnBooleanProperty("musubi.demo.enabled")
@EnableConfigurationProperties(DemoDataProperties.class)
public class DemoDataLoader implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataSection> sections;
    private final DemoDataReader reader;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public DemoDataLoader(List<DemoDataSection> sections, DemoDataProperties properties,
                          ResourceLoader resourceLoader, JdbcClient jdbc, TransactionTemplate transaction) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(DemoDataSection::order)).toList();
        this.reader = new DemoDataReader(resourceLoader, properties.location());
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadMissing();
    }

    /** Loads the sections not loaded before; returns how many were loaded now. */
    public int loadMissing() {
        int loaded = 0;
        for (DemoDataSection section : sections) {
            Boolean done = transaction.execute(status -> loadOnce(section));
            if (Boolean.TRUE.equals(done)) {
                loaded++;
            }
        }
        return loaded;
    }

    private boolean loadOnce(DemoDataSection section) {
        boolean already = jdbc.sql("SELECT COUNT(*) FROM demo_data_load WHERE section = ?")
                .param(section.name()).query(Long.class).single() > 0;
        if (already) {
            return false;
        }
        section.load(reader);
        jdbc.sql("INSERT INTO demo_data_load (section, loaded_at) VALUES (?, ?)")
                .params(section.name(), OffsetDateTime.now()).update();
        log.info("Demo data section '{}' loaded", section.name());
        return true;
    }

    @Override
    public int getOrder() {
        // Before runners that may rely on demo accounts being present.
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
