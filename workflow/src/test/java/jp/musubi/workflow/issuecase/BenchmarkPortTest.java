package jp.musubi.workflow.issuecase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * bench/matching/run.sh works while the product runs (issue 21, item 21): the benchmark's application
 * starts without a web server, so it takes no port at all, and still has what the benchmark drives.
 */
class BenchmarkPortTest {

    @Test
    void theMatchingBenchmarkStartsWithoutAWebServer() {
        assertThat(MatchingThroughputBenchmark.application().application().getWebApplicationType())
                .isEqualTo(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = MatchingThroughputBenchmark.application()
                .properties("spring.datasource.url=jdbc:h2:mem:benchmark-port-test;DB_CLOSE_DELAY=-1").run()) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getEnvironment().getProperty("local.server.port")).isNull();
            assertThat(context.getBean(IssueToMatchingFixture.class)).isNotNull();
        }
    }
}
