package jp.musubi.webapp.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jp.musubi.webapp.support.HttpVisitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL behind nginx on loopback ({@code -Pcluster}; nginx from Debian), in the order
 * of issue 20's "Done when":
 * <ol>
 * <li>a login made on node A is continued on node B and through the balancer;</li>
 * <li>both nodes run Flowable's job executor (each its own lock owner, 5-minute locks); meetings recorded
 *     on node A's pages start {@code meeting-minutes} with their reminder and overdue timers already due,
 *     while membership screenings are completed on node A: every timer fires exactly once across the two
 *     nodes (history: each timer and its service task once per case, one 遅延確認 task each; outbox: one
 *     reminder and one overdue mail per recipient and meeting), and both nodes' counters show their share;</li>
 * <li>a newsletter to the demo members plus {@value #MEMBERS} generated ones is started on node A and node A is
 *     killed with SIGKILL while the mails go out: the balancer's visitors are still logged in (answered by B),
 *     B finishes the send, every member is in the outbox exactly once and got the newsletter (at most node A's
 *     in-flight batches twice, with the same Message-ID), none lost, and the counts agree.</li>
 * </ol>
 */
@Tag("cluster")
class TwoNodesTest {

    private static final String PASSWORD = AcknowledgedCompletion.DEMO_PASSWORD;
    /** Meetings recorded after the fact: two timers each (reminder, overdue), both due at once. */
    private static final int MEETINGS = 12;
    /** Members generated for the newsletter, besides the demo's. */
    private static final int MEMBERS = 300;
    /** What node A can hold when it dies: its sender workers' batches (2 × batch-size 5). */
    private static final int IN_FLIGHT = 10;
    private static final Pattern JOB_EXECUTOR = Pattern.compile(
            "\"jobExecutor\":\\{\"active\":(true|false),\"lockOwner\":\"([^\"]*)\",\"timerLockTime\":\"([^\"]*)\","
                    + "\"asyncJobLockTime\":\"([^\"]*)\"\\}");
    private static final Pattern TIMERS_EXECUTED = Pattern.compile(
            "(?m)^musubi_process_jobs_executed_total\\{[^}]*type=\"trigger-timer\"[^}]*\\} ([0-9.Ee+]+)$");

    @TempDir
    Path workDir;

    @Test
    void twoNodesShareSessionsTimersAndANewsletterThroughTheFirstNodesDeath() throws Exception {
        Instant began = Instant.now();
        Map<String, String> environment = freshDatabase();
        Path assets = Files.createDirectories(workDir.resolve("shared-assets"));
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        // Both nodes send the outbox to the same SMTP server; short leases so that node A's claims pass to B soon;
        // the job executors look for due timers every second instead of every 10 s; the test's applicants all
        // come from 127.0.0.1, which the public forms' spam limit would otherwise stop after 5.
        String[] arguments = {"--musubi.demo.enabled=true", "--musubi.cms.assets.directory=" + assets,
                "--musubi.site.forms.max-submissions=" + (MEETINGS + 5),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--musubi.mail.sender.poll-interval=200ms", "--musubi.mail.sender.batch-size=5",
                "--musubi.mail.sender.smtp-timeout=2s", "--musubi.mail.sender.lease=6s",
                "--musubi.newsletter.batch-size=25", "--musubi.newsletter.lease=6s", "--musubi.newsletter.poll-interval=500ms",
                "--flowable.process.async.executor.default-timer-job-acquire-wait-time=1s",
                "--flowable.process.async.executor.default-async-job-acquire-wait-time=1s"};
        // One after the other: the first start migrates the schema, the second finds it.
        ForkedMusubi a = ForkedMusubi.start(Files.createDirectories(workDir.resolve("a")), environment, arguments);
        try (ForkedMusubi b = ForkedMusubi.start(Files.createDirectories(workDir.resolve("b")), environment, arguments);
             Nginx balancer = Nginx.start(workDir.resolve("nginx"), a.uri("").getPort(), b.uri("").getPort())) {
            Duration started = Duration.between(began, Instant.now());
            HttpVisitor onA = HttpVisitor.loggedIn(a.uri(""), "secretariat", PASSWORD);
            String session = onA.cookie("JSESSIONID").orElseThrow();

            HttpResponse<String> onB = get(b.uri("/mypage"), session);
            assertThat(onB.statusCode()).as("node B continues node A's login").isEqualTo(200);
            assertThat(onB.body()).contains("secretariat");

            for (int i = 0; i < 4; i++) {
                HttpResponse<String> through = get(balancer.uri("/mypage"), session);
                assertThat(through.statusCode()).as("request %d through the balancer", i).isEqualTo(200);
                assertThat(through.headers().firstValue("X-Request-Id")).as("nginx's $request_id is kept")
                        .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
            }

            // ---- Timers: both executors run; each due timer fires once while tasks are completed on node A.
            HttpVisitor adminOnA = HttpVisitor.loggedIn(a.uri(""), "admin", PASSWORD);
            HttpVisitor adminOnB = HttpVisitor.loggedIn(b.uri(""), "admin", PASSWORD);
            String ownerA = jobExecutorOf(adminOnA);
            String ownerB = jobExecutorOf(adminOnB);
            assertThat(ownerA).as("each node locks jobs under its own owner").isNotEqualTo(ownerB);
            double timersBeforeA = timersExecuted(adminOnA);
            double timersBeforeB = timersExecuted(adminOnB);

            Instant timersBegan = Instant.now();
            List<AcknowledgedCompletion> applicants = new ArrayList<>();
            for (int i = 0; i < MEETINGS; i++) {
                AcknowledgedCompletion applicant = new AcknowledgedCompletion("cluster" + i + "-" + System.nanoTime() % 100000);
                applicant.apply(a);
                applicants.add(applicant);
            }
            Map<String, String> meetings = new java.util.LinkedHashMap<>();
            for (int i = 0; i < MEETINGS; i++) {
                String title = "クラスタ試験の打合せ［" + i + "］";
                meetings.put(title, recordPastMeeting(onA, title));
                // A task completed on node A while the timers of the meetings before are firing on either node.
                AcknowledgedCompletion applicant = applicants.get(i);
                applicant.approve(onA, applicant.screeningTask(onA));
            }
            List<String> processes = processesOf(environment, meetings.values());
            awaitTimersFired(environment, processes, Duration.ofSeconds(90));
            Duration timersTook = Duration.between(timersBegan, Instant.now());
            for (String process : processes) {
                // A non-interrupting boundary timer that fired ends its activity instance and leaves a new, open one
                // waiting on the same execution (Flowable's history): the ended ones are the firings.
                for (String step : List.of("minutesReminderTimer", "recordReminder", "minutesOverdueTimer", "notifyOverdue")) {
                    assertThat(count(environment, "SELECT COUNT(*) FROM act_hi_actinst WHERE proc_inst_id_ = ? AND act_id_ = ?"
                            + " AND end_time_ IS NOT NULL", process, step)).as("%s of process %s ran once", step, process)
                            .isEqualTo(1);
                }
                assertThat(count(environment, "SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = ? AND task_def_key_ = ?",
                        process, "confirmOverdue")).as("one 遅延確認 for process %s", process).isEqualTo(1);
            }
            long remindedPerMeeting = -1;
            for (String title : meetings.keySet()) {
                for (String kind : List.of("minutes-reminder", "minutes-overdue")) {
                    long mails = count(environment, "SELECT COUNT(*) FROM mail_outbox WHERE kind = ? AND subject LIKE ?",
                            kind, "%" + title + "%");
                    long recipients = count(environment, "SELECT COUNT(DISTINCT recipient) FROM mail_outbox WHERE kind = ?"
                            + " AND subject LIKE ?", kind, "%" + title + "%");
                    assertThat(mails).as("%s mails of %s", kind, title).isPositive().isEqualTo(recipients);
                    if (kind.equals("minutes-reminder")) {
                        assertThat(remindedPerMeeting).as("the same recipients for every meeting")
                                .isIn(-1L, mails);
                        remindedPerMeeting = mails;
                    }
                }
            }
            double firedOnA = timersExecuted(adminOnA) - timersBeforeA;
            double firedOnB = timersExecuted(adminOnB) - timersBeforeB;
            assertThat(firedOnA + firedOnB).as("timers fired on the two nodes").isGreaterThanOrEqualTo(2 * MEETINGS);
            assertThat(firedOnB).as("node B's executor fired timers too").isPositive();

            // ---- Newsletter: started on node A, node A killed with SIGKILL while it goes out.
            generateMembers(environment, MEMBERS);
            int before = smtp.getReceivedMessages().length;
            long send = startNewsletter(adminOnA, environment);
            long total = count(environment, "SELECT total FROM newsletter_send WHERE id = ?", send);
            assertThat(total).as("the demo's subscribers and the generated members").isGreaterThanOrEqualTo(MEMBERS);
            awaitReceived(smtp, before + (int) (total / 10));
            a.kill();
            int atKill = smtp.getReceivedMessages().length - before;
            String statusAtKill = text(environment, "SELECT status FROM newsletter_send WHERE id = ?", send);
            long enqueuedAtKill = count(environment, "SELECT enqueued FROM newsletter_send WHERE id = ?", send);
            Instant killedAt = Instant.now();

            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            int answered = 0;
            while (answered < 4 && Instant.now().isBefore(deadline)) {
                HttpResponse<String> afterCrash = get(balancer.uri("/mypage"), session);
                assertThat(afterCrash.statusCode()).as("after node A's SIGKILL").isEqualTo(200);
                assertThat(afterCrash.body()).contains("secretariat");
                answered++;
            }
            assertThat(answered).isEqualTo(4);

            awaitCompleted(environment, send, Duration.ofSeconds(120));
            Duration finishedByB = Duration.between(killedAt, Instant.now());
            String correlation = "newsletter:" + send;
            assertThat(count(environment, "SELECT COUNT(*) FROM newsletter_delivery WHERE send_id = ?", send))
                    .as("every member enqueued once").isEqualTo(total);
            assertThat(count(environment, "SELECT COUNT(*) FROM mail_outbox WHERE correlation = ?", correlation))
                    .as("one outbox mail per member").isEqualTo(total);
            assertThat(count(environment, "SELECT COUNT(DISTINCT recipient) FROM mail_outbox WHERE correlation = ?", correlation))
                    .as("no member has two mails of the newsletter").isEqualTo(total);
            assertThat(count(environment, "SELECT COUNT(*) FROM mail_outbox WHERE correlation = ? AND status = 'SENT'", correlation))
                    .as("every newsletter mail sent").isEqualTo(total);
            assertThat(count(environment, "SELECT sent FROM newsletter_send WHERE id = ?", send)).isEqualTo(total);

            Map<String, Long> received = receivedByMessageId(smtp);
            List<String> newsletterIds = texts(environment, "SELECT message_id FROM mail_outbox WHERE correlation = ?", correlation);
            assertThat(received.keySet()).as("every member got the newsletter: none lost").containsAll(newsletterIds);
            long duplicates = newsletterIds.stream().mapToLong(id -> received.get(id) - 1).sum();
            assertThat(duplicates).as("newsletter mails received twice (node A's in-flight batches)")
                    .isLessThanOrEqualTo(IN_FLIGHT);
            List<String> minutesIds = texts(environment, "SELECT message_id FROM mail_outbox WHERE kind LIKE 'minutes-%'");
            awaitAllSent(environment, Duration.ofSeconds(60));
            assertThat(receivedByMessageId(smtp).keySet()).as("every reminder and overdue mail arrived").containsAll(minutesIds);
            assertThat(atKill).as("node A was killed while newsletter mails were still queued").isLessThan((int) total);

            System.out.printf("Two nodes: started in %d s; %d meetings, %d timers fired in %d s (node A %d, node B %d,"
                            + " %d reminder mails a meeting); newsletter to %d members: %d received when node A was killed"
                            + " (send %s, %d enqueued), finished by node B in %d s, %d received twice; whole test %d s%n",
                    started.toSeconds(), MEETINGS, 2 * MEETINGS, timersTook.toSeconds(), (long) firedOnA, (long) firedOnB,
                    remindedPerMeeting, total, atKill, statusAtKill, enqueuedAtKill, finishedByB.toSeconds(), duplicates,
                    Duration.between(began, Instant.now()).toSeconds());
        } finally {
            a.kill();
            smtp.stop();
        }
    }

    /** The node's job executor from its health details (ADMIN sees them): active, 5-minute locks; its lock owner. */
    private static String jobExecutorOf(HttpVisitor admin) throws Exception {
        HttpResponse<String> health = admin.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        Matcher executor = JOB_EXECUTOR.matcher(health.body());
        assertThat(executor.find()).as("job executor in %s", health.body()).isTrue();
        assertThat(executor.group(1)).as("the job executor runs on this node").isEqualTo("true");
        assertThat(executor.group(2)).as("lock owner").isNotBlank();
        assertThat(executor.group(3)).as("timer lock time").isEqualTo("PT5M");
        assertThat(executor.group(4)).as("async job lock time").isEqualTo("PT5M");
        return executor.group(2);
    }

    private static double timersExecuted(HttpVisitor admin) throws Exception {
        HttpResponse<String> scrape = admin.get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        Matcher counter = TIMERS_EXECUTED.matcher(scrape.body());
        return counter.find() ? Double.parseDouble(counter.group(1)) : 0;
    }

    /** 実施済みの打合せとして記録: six weeks ago, so both timers of its minutes are due at once. Returns its id. */
    private static String recordPastMeeting(HttpVisitor secretariat, String title) throws Exception {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("kind", "INDIVIDUAL");
        fields.put("title", title);
        fields.put("date", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusWeeks(6).toString());
        fields.put("startTime", "10:00");
        fields.put("endTime", "11:00");
        fields.put("place", "事務局会議室");
        fields.put("participants", "secretariat");
        fields.put("recordOnly", "true");
        HttpResponse<String> recorded = secretariat.submit("/meetings/new", "/meetings", fields);
        assertThat(recorded.statusCode()).as("meeting recorded: %s", recorded.body()).isEqualTo(302);
        String location = recorded.headers().firstValue("Location").orElseThrow();
        Matcher id = Pattern.compile("/meetings/(\\d+)$").matcher(location);
        assertThat(id.find()).as(location).isTrue();
        return id.group(1);
    }

    private static List<String> processesOf(Map<String, String> environment, java.util.Collection<String> meetingIds)
            throws Exception {
        List<String> processes = new ArrayList<>();
        for (String meeting : meetingIds) {
            processes.add(text(environment, "SELECT id_ FROM act_hi_procinst WHERE business_key_ = ? AND proc_def_id_ LIKE"
                    + " 'meeting-minutes:%'", "meeting:" + meeting));
        }
        return processes;
    }

    private static void awaitTimersFired(Map<String, String> environment, List<String> processes, Duration within)
            throws Exception {
        Instant deadline = Instant.now().plus(within);
        String in = String.join(",", java.util.Collections.nCopies(processes.size(), "?"));
        while (true) {
            long fired = count(environment, "SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ IN ('recordReminder', 'notifyOverdue')"
                    + " AND end_time_ IS NOT NULL AND proc_inst_id_ IN (" + in + ")", processes.toArray());
            long waiting = count(environment, "SELECT (SELECT COUNT(*) FROM act_ru_timer_job WHERE process_instance_id_ IN (" + in + "))"
                    + " + (SELECT COUNT(*) FROM act_ru_job WHERE process_instance_id_ IN (" + in + "))",
                    java.util.stream.Stream.concat(processes.stream(), processes.stream()).toArray());
            if (fired >= 2L * processes.size() && waiting == 0) {
                return;
            }
            assertThat(Instant.now()).as("timers fired: %d of %d, %d jobs waiting", fired, 2 * processes.size(), waiting)
                    .isBefore(deadline);
            Thread.sleep(250);
        }
    }

    /** Active organizations that want the newsletter, each with a contact (the member registry's recipients). */
    private static void generateMembers(Map<String, String> environment, int count) throws Exception {
        try (Connection connection = connect(environment)) {
            connection.setAutoCommit(false);
            PreparedStatement organization = connection.prepareStatement("INSERT INTO organization (org_key, name, kind, status,"
                    + " joined_on, newsletter_opt_in, created_at, newsletter_unsubscribe_id) VALUES (?, ?, 'COMPANY', 'ACTIVE',"
                    + " CURRENT_DATE, TRUE, now(), ?)", Statement.RETURN_GENERATED_KEYS);
            PreparedStatement contact = connection.prepareStatement("INSERT INTO organization_contact (organization_id, person_name,"
                    + " email) VALUES (?, ?, ?)");
            for (int i = 0; i < count; i++) {
                organization.setString(1, String.format("cluster-member-%04d", i));
                organization.setString(2, "クラスタ試験会員" + i + "株式会社");
                organization.setString(3, "cluster-unsubscribe-" + i);
                organization.executeUpdate();
                try (java.sql.ResultSet key = organization.getGeneratedKeys()) {
                    key.next();
                    contact.setLong(1, key.getLong(1));
                }
                contact.setString(2, "会員 " + i);
                contact.setString(3, "cluster-member-" + i + "@example.jp");
                contact.addBatch();
            }
            contact.executeBatch();
            connection.commit();
        }
    }

    /** 配信内容の確認 of the first article not sent yet, then 配信する; returns the send's id. */
    private static long startNewsletter(HttpVisitor admin, Map<String, String> environment) throws Exception {
        String page = admin.get("/admin/newsletters").body();
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"(?![^>]*disabled)[^>]*>").matcher(page);
        assertThat(option.find()).as("an article to send on %s", page).isTrue();
        String article = option.group(1);
        String confirmPage = "/admin/newsletters/confirm?article=" + java.net.URLEncoder.encode(article,
                java.nio.charset.StandardCharsets.UTF_8);
        Matcher revision = Pattern.compile("name=\"revision\" value=\"(\\d+)\"").matcher(admin.get(confirmPage).body());
        assertThat(revision.find()).as("the confirmation names the revision").isTrue();
        HttpResponse<String> started = admin.submit(confirmPage, "/admin/newsletters",
                Map.of("article", article, "revision", revision.group(1)));
        assertThat(started.statusCode()).isEqualTo(302);
        return count(environment, "SELECT id FROM newsletter_send WHERE article_name = ? AND article_revision = ?",
                article, Integer.parseInt(revision.group(1)));
    }

    private static void awaitReceived(GreenMail smtp, int atLeast) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (smtp.getReceivedMessages().length < atLeast) {
            assertThat(Instant.now()).as("mails arriving").isBefore(deadline);
            smtp.waitForIncomingEmail(200, atLeast);
        }
    }

    private static void awaitCompleted(Map<String, String> environment, long send, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (!"COMPLETED".equals(text(environment, "SELECT status FROM newsletter_send WHERE id = ?", send))) {
            assertThat(Instant.now()).as("the newsletter finished by node B after the leases").isBefore(deadline);
            Thread.sleep(250);
        }
    }

    private static void awaitAllSent(Map<String, String> environment, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (count(environment, "SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'") > 0) {
            assertThat(Instant.now()).as("every mail of the outbox sent").isBefore(deadline);
            Thread.sleep(250);
        }
    }

    private static Map<String, Long> receivedByMessageId(GreenMail smtp) throws Exception {
        Map<String, Long> received = new java.util.HashMap<>();
        for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getMessageID(), 1L, Long::sum);
        }
        return received;
    }

    private static long count(Map<String, String> environment, String sql, Object... parameters) throws Exception {
        return Long.parseLong(text(environment, sql, parameters));
    }

    private static String text(Map<String, String> environment, String sql, Object... parameters) throws Exception {
        List<String> values = texts(environment, sql, parameters);
        assertThat(values).as(sql).hasSize(1);
        return values.get(0);
    }

    private static List<String> texts(Map<String, String> environment, String sql, Object... parameters) throws Exception {
        try (Connection connection = connect(environment); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    private static Connection connect(Map<String, String> environment) throws Exception {
        return DriverManager.getConnection(environment.get("MUSUBI_DB_URL"), environment.get("MUSUBI_DB_USER"),
                environment.get("MUSUBI_DB_PASSWORD"));
    }

    private static HttpResponse<String> get(URI uri, String session) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + session)
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> freshDatabase() throws Exception {
        String url = System.getenv().getOrDefault("MUSUBI_DB_URL", "jdbc:postgresql://127.0.0.1:5432/musubi");
        String user = System.getenv().getOrDefault("MUSUBI_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("MUSUBI_DB_PASSWORD", "");
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_cluster";
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database);
        }
        return Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres",
                "MUSUBI_DB_URL", url.substring(0, url.lastIndexOf('/') + 1) + database,
                "MUSUBI_DB_USER", user,
                "MUSUBI_DB_PASSWORD", password,
                "MUSUBI_NEWSLETTER_UNSUBSCRIBE_SECRET", "cluster-test-unsubscribe-secret-0123456789");
    }

    /** Debian's nginx on a free loopback port, round robin over the two nodes, passing on when one is down. */
    static final class Nginx implements AutoCloseable {

        private final Process process;
        private final int port;

        private Nginx(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Nginx start(Path prefix, int a, int b) throws Exception {
            Files.createDirectories(prefix.resolve("tmp"));
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
            Files.writeString(prefix.resolve("nginx.conf"), user + """
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log;
                    events { worker_connections 64; }
                    http {
                      access_log off;
                      client_body_temp_path %1$s/tmp/body;
                      proxy_temp_path %1$s/tmp/proxy;
                      fastcgi_temp_path %1$s/tmp/fastcgi;
                      uwsgi_temp_path %1$s/tmp/uwsgi;
                      scgi_temp_path %1$s/tmp/scgi;
                      upstream musubi {
                        server 127.0.0.1:%2$d max_fails=1 fail_timeout=60s;
                        server 127.0.0.1:%3$d max_fails=1 fail_timeout=60s;
                      }
                      server {
                        listen 127.0.0.1:%4$d;
                        location / {
                          proxy_pass http://musubi;
                          proxy_set_header Host $http_host;
                          proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                          proxy_set_header X-Forwarded-Proto $scheme;
                          proxy_set_header X-Request-Id $request_id;
                          proxy_connect_timeout 2s;
                          proxy_next_upstream error timeout;
                        }
                      }
                    }
                    """.formatted(prefix.toAbsolutePath(), a, b, port));
            Process process = new ProcessBuilder("nginx", "-p", prefix.toAbsolutePath().toString(), "-c",
                    prefix.resolve("nginx.conf").toAbsolutePath().toString(), "-g", "daemon off;")
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
            Nginx nginx = new Nginx(process, port);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx exited: " + Files.readString(prefix.resolve("nginx.out")));
                }
                try {
                    HttpClient.newHttpClient().send(HttpRequest.newBuilder(nginx.uri("/actuator/health")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    return nginx;
                } catch (IOException notYet) {
                    process.onExit().completeOnTimeout(null, 100, java.util.concurrent.TimeUnit.MILLISECONDS).join();
                }
            }
            nginx.close();
            throw new IllegalStateException("nginx did not listen on " + port);
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
