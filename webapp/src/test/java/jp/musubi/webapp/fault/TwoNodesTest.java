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
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jp.musubi.webapp.support.HttpVisitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL behind nginx on loopback ({@code -Pcluster}; nginx from Debian): a login made
 * on node A is continued on node B, and after node A is killed with SIGKILL the balancer's visitors are
 * still logged in, answered by B. Sessions are in the database (spring-session-jdbc).
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
        String[] arguments = {"--musubi.demo.enabled=true", "--musubi.cms.assets.directory=" + assets};
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
            }

            a.kill();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            int answered = 0;
            while (answered < 4 && Instant.now().isBefore(deadline)) {
                HttpResponse<String> afterCrash = get(balancer.uri("/mypage"), session);
                assertThat(afterCrash.statusCode()).as("after node A's SIGKILL").isEqualTo(200);
                assertThat(afterCrash.body()).contains("secretariat");
                answered++;
            }
            assertThat(answered).isEqualTo(4);
        } finally {
            a.kill();
        }
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
