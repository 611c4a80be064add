package jp.musubi.webapp.fault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CompletionSurvivesCrashTest} on PostgreSQL (run with {@code -Ppostgres}): the product with the
 * production profile on a database of its own next to MUSUBI_DB_URL's, demo data switched on for the accounts.
 */
@Tag("postgres")
@Tag("fault")
class CompletionSurvivesCrashOnPostgresTest {

    @TempDir
    Path workDir;

    @Test
    void anApprovalAnsweredJustBeforeTheCrashIsThereAfterTheRestart() throws Exception {
        String url = System.getenv().getOrDefault("MUSUBI_DB_URL", "jdbc:postgresql://127.0.0.1:5432/musubi");
        String user = System.getenv().getOrDefault("MUSUBI_DB_USER", "musubi");
        String password = System.getenv().getOrDefault("MUSUBI_DB_PASSWORD", "");
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_fault";
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database);
        }
        Map<String, String> environment = Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres",
                "MUSUBI_DB_URL", url.substring(0, url.lastIndexOf('/') + 1) + database,
                "MUSUBI_DB_USER", user,
                "MUSUBI_DB_PASSWORD", password,
                "MUSUBI_NEWSLETTER_UNSUBSCRIBE_SECRET", "postgres-fault-test-unsubscribe-secret-0123");
        new AcknowledgedCompletion("pg").surviveCrash(workDir, environment, "--musubi.demo.enabled=true");
    }
}
