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

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jp.musubi.webapp.support.HttpVisitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL behind nginx on loopback ({@code -Pcluster}; nginx from Debian): a login made
 * on node A is continued on node B; both send the shared outbox to one SMTP server (GreenMail) and node A is
 * killed with SIGKILL in the middle of the sending: the balancer's visitors are still logged in, answered by
 * B, and every mail arrives — at most node A's in-flight batches twice, with the same Message-ID.
 */
@Tag("cluster")
class TwoNodesTest {

    private static final String PASSWORD = AcknowledgedCompletion.DEMO_PASSWORD;

    @TempDir
    Path workDir;

    @Test
    void aLoginOnOneNodeContinuesOnTheOtherAndSurvivesTheFirstNodesDeath() throws Exception {
        Map<String, String> environment = freshDatabase();
        Path assets = Files.createDirectories(workDir.resolve("shared-assets"));
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        // Both nodes send the outbox to the same SMTP server; short leases so that node A's claims pass to B soon.
        String[] arguments = {"--musubi.demo.enabled=true", "--musubi.cms.assets.directory=" + assets,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--musubi.mail.sender.poll-interval=200ms", "--musubi.mail.sender.batch-size=5",
                "--musubi.mail.sender.smtp-timeout=2s", "--musubi.mail.sender.lease=6s"};
        // One after the other: the first start migrates the schema, the second finds it.
        ForkedMusubi a = ForkedMusubi.start(Files.createDirectories(workDir.resolve("a")), environment, arguments);
        try (ForkedMusubi b = ForkedMusubi.start(Files.createDirectories(workDir.resolve("b")), environment, arguments);
             Nginx balancer = Nginx.start(workDir.resolve("nginx"), a.uri("").getPort(), b.uri("").getPort())) {
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

            // Mails queued while both nodes send; node A is killed in the middle of the sending.
            List<String> queued = queue(environment, MAILS);
            awaitReceived(smtp, MAILS / 10);
            a.kill();
            int atKill = smtp.getReceivedMessages().length;
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            int answered = 0;
            while (answered < 4 && Instant.now().isBefore(deadline)) {
                HttpResponse<String> afterCrash = get(balancer.uri("/mypage"), session);
                assertThat(afterCrash.statusCode()).as("after node A's SIGKILL").isEqualTo(200);
                assertThat(afterCrash.body()).contains("secretariat");
                answered++;
            }
            assertThat(answered).isEqualTo(4);

            awaitSettled(environment, Duration.ofSeconds(90));
            Map<String, Long> received = receivedByMessageId(smtp);
            assertThat(received.keySet()).as("every queued mail arrived: none lost").containsAll(queued);
            long duplicates = received.values().stream().mapToLong(n -> n - 1).sum();
            // At most what node A held when it died (its workers' batches) arrives twice, with the same Message-ID.
            assertThat(duplicates).as("mails sent twice").isLessThanOrEqualTo(10);
            assertThat(count(environment, "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'cluster-test' AND status = 'SENT'"))
                    .isEqualTo(MAILS);
            assertThat(atKill).as("node A was killed while mails were still queued").isLessThan(MAILS);
            System.out.printf("Two nodes: %d mails, %d received when node A was killed, %d received twice%n",
                    MAILS, atKill, duplicates);
        } finally {
            a.kill();
            smtp.stop();
        }
    }

    private static final int MAILS = 200;

    private static List<String> queue(Map<String, String> environment, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = connect(environment)) {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO mail_outbox (message_id, kind, recipient,"
                    + " subject, text_body, status, attempts, next_attempt_at, created_at)"
                    + " VALUES (?, 'cluster-test', ?, ?, 'body', 'PENDING', 0, now(), now())");
            for (int i = 0; i < count; i++) {
                String id = "<cluster-" + i + "-" + System.nanoTime() + "@musubi.test>";
                insert.setString(1, id);
                insert.setString(2, "member" + i + "@example.jp");
                insert.setString(3, "クラスタ試験 " + i);
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        }
        return ids;
    }

    private static void awaitReceived(GreenMail smtp, int atLeast) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (smtp.getReceivedMessages().length < atLeast) {
            assertThat(Instant.now()).as("mails arriving").isBefore(deadline);
            smtp.waitForIncomingEmail(200, atLeast);
        }
    }

    private static void awaitSettled(Map<String, String> environment, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (count(environment, "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'cluster-test' AND status <> 'SENT'") > 0) {
            assertThat(Instant.now()).as("every mail sent by node B after the lease").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static Map<String, Long> receivedByMessageId(GreenMail smtp) throws Exception {
        Map<String, Long> received = new java.util.HashMap<>();
        for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getMessageID(), 1L, Long::sum);
        }
        return received;
    }

    private static long count(Map<String, String> environment, String sql) throws Exception {
        try (Connection connection = connect(environment); Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
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
