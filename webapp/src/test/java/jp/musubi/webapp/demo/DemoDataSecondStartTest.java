package jp.musubi.webapp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import jp.musubi.MusubiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starts the embedded default twice on the same H2 file: the second start adds no demo data. */
class DemoDataSecondStartTest {

    @TempDir
    Path dataDir;

    @Test
    void secondStartOnTheSameDatabaseAddsNothing() {
        Map<String, Long> first = startAndCount();
        Map<String, Long> second = startAndCount();

        // One per role, and one staff account for each municipality of a seeded issue.
        assertThat(first.get("account")).isEqualTo(7 + 6);
        // Every seeded issue is started as a case (seeds/issue-cases.yml).
        assertThat(first.get("issue_case")).isEqualTo(6);
        assertThat(first.get("organization")).isEqualTo(10);
        assertThat(first.get("cms_item")).isEqualTo(25 + 10 + 15 + 6 + 8 + 4 + 3 + 4);
        assertThat(second).isEqualTo(first);
    }

    private Map<String, Long> startAndCount() {
        String url = "jdbc:h2:file:" + dataDir.resolve("musubi").toAbsolutePath();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MusubiApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + url, "flowable.async-executor-activate=false",
                        "logging.level.root=warn")
                .run()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            return Map.of(
                    "account", count(jdbc, "account"),
                    "organization", count(jdbc, "organization"),
                    "cms_item", count(jdbc, "cms_item"),
                    "cms_revision", count(jdbc, "cms_revision"),
                    "demo_data_load", count(jdbc, "demo_data_load"),
                    "issue_case", count(jdbc, "issue_case"));
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
