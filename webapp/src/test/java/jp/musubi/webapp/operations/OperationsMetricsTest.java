package jp.musubi.webapp.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.cms.mail.MailOutbox;
import jp.musubi.cms.mail.OutgoingMail;
import jp.musubi.webapp.support.HttpVisitor;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /actuator/prometheus}: refused to anonymous visitors on the public port, and for an administrator
 * it exposes the named figures, which move when the product does (a mail queued, a cached page served).
 */
@MusubiSpringBootTest
class OperationsMetricsTest {

    private static final String DEMO_PASSWORD = "musubi-demo";
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    MailOutbox outbox;

    @Test
    void anonymousVisitorsAndOtherRolesAreRefused() throws Exception {
        HttpResponse<String> anonymous = new HttpVisitor(base()).get("/actuator/prometheus");
        assertThat(anonymous.statusCode()).as("anonymous: sent to the login, nothing exposed").isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(anonymous.body()).doesNotContain("musubi_");

        HttpResponse<String> secretariat = HttpVisitor.loggedIn(base(), "secretariat", DEMO_PASSWORD).get("/actuator/prometheus");
        assertThat(secretariat.statusCode()).isEqualTo(403);
        assertThat(secretariat.body()).doesNotContain("musubi_");
    }

    @Test
    void theAdministratorSeesEveryNamedFigure() throws Exception {
        HttpVisitor admin = HttpVisitor.loggedIn(base(), "admin", DEMO_PASSWORD);
        admin.get("/mypage");
        String metrics = scrape(admin);

        assertThat(metrics).contains(
                "musubi_mail_outbox_messages{status=\"pending\"}",
                "musubi_mail_outbox_messages{status=\"failed\"}",
                "musubi_mail_outbox_oldest_pending_seconds",
                "musubi_newsletter_sends_active",
                "musubi_newsletter_recipients{state=\"sent\"}",
                "musubi_process_tasks_open{process=\"member-registration\"}",
                "musubi_process_jobs{kind=\"deadletter\"}",
                "musubi_search_index_lag_changes",
                "musubi_page_cache_requests_total{result=\"hit\"}",
                "musubi_page_cache_hit_ratio",
                "http_server_requests_seconds_count");
        assertThat(value(metrics, "http_server_requests_seconds_count", "uri=\"/mypage\"").orElse(0))
                .as("the /mypage request just made is timed").isPositive();
    }

    @Test
    void aQueuedMailRaisesTheBacklog() throws Exception {
        HttpVisitor admin = HttpVisitor.loggedIn(base(), "admin", DEMO_PASSWORD);
        double before = value(scrape(admin), "musubi_mail_outbox_messages", "status=\"pending\"").orElseThrow();

        outbox.enqueue(OutgoingMail.of("metrics-test", "metrics@example.jp", "件名", "本文", null));

        awaitMetric(admin, "musubi_mail_outbox_messages", "status=\"pending\"", n -> n == before + 1);
    }

    @Test
    void aPublicPageServedTwiceCountsAHit() throws Exception {
        HttpVisitor admin = HttpVisitor.loggedIn(base(), "admin", DEMO_PASSWORD);
        double hits = value(scrape(admin), "musubi_page_cache_requests_total", "result=\"hit\"").orElseThrow();
        HttpVisitor visitor = new HttpVisitor(base());
        assertThat(visitor.get("/pages/terms").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/pages/terms").statusCode()).isEqualTo(200);

        awaitMetric(admin, "musubi_page_cache_requests_total", "result=\"hit\"", n -> n >= hits + 1);
        assertThat(value(scrape(admin), "musubi_page_cache_hit_ratio", "").orElseThrow()).isBetween(0.0, 1.0).isPositive();
    }

    private static String scrape(HttpVisitor admin) throws Exception {
        HttpResponse<String> response = admin.get("/actuator/prometheus");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** Gauges read their table at most once a second: wait for the figure, within a deadline. */
    private static void awaitMetric(HttpVisitor admin, String name, String tag, DoublePredicate expected) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        OptionalDouble last;
        do {
            last = value(scrape(admin), name, tag);
            if (last.isPresent() && expected.test(last.getAsDouble())) {
                return;
            }
            Thread.onSpinWait();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(name + "{" + tag + "} stayed at " + last);
    }

    /** The value of the first sample of {@code name} whose labels contain {@code tag}. */
    static OptionalDouble value(String metrics, String name, String tag) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$").matcher(metrics);
        while (sample.find()) {
            String labels = sample.group(1) == null ? "" : sample.group(1);
            if (labels.contains(tag)) {
                return OptionalDouble.of(Double.parseDouble(sample.group(2)));
            }
        }
        return OptionalDouble.empty();
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }
}
