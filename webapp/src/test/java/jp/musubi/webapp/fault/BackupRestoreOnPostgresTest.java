package jp.musubi.webapp.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore drill on PostgreSQL ({@code -Ppostgres}): pg_dump while the node runs, pg_restore into a second,
 * empty database, and the restored installation answers as the original (delivery API, ledger, tasks, asset,
 * search).
 */
@Tag("postgres")
@Tag("fault")
class BackupRestoreOnPostgresTest {

    @TempDir
    Path workDir;

    @Test
    void anOnlineBackupRestoredIntoAnEmptyDatabaseAnswersAsTheOriginal() throws Exception {
        Map<String, String> original = database("_backup_a");
        Map<String, String> restored = database("_backup_b");
        Path originalDir = Files.createDirectories(workDir.resolve("original"));
        Path restoredDir = Files.createDirectories(workDir.resolve("restored"));
        Path backups = Files.createDirectories(workDir.resolve("backups"));
        String demo = "--musubi.demo.enabled=true";

        BackupRestoreDrillTest.State before;
        ForkedCommand.Result backup;
        try (ForkedMusubi app = ForkedMusubi.start(originalDir, original, demo)) {
            new AcknowledgedCompletion("pgdrill").apply(app);
            String asset = BackupRestoreDrillTest.upload(app, BackupRestoreDrillTest.png());
            before = BackupRestoreDrillTest.State.read(app, asset);
            // Online: the node keeps running while pg_dump takes its snapshot.
            backup = ForkedCommand.run(originalDir, original, "--musubi.backup.to=" + backups);
        }
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        Path folder;
        try (Stream<Path> made = Files.list(backups)) {
            folder = made.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(Files.readString(folder.resolve("MANIFEST.txt"))).contains("# database: postgresql", "database.pgdump");

        ForkedCommand.Result restore = ForkedCommand.run(restoredDir, restored, "--musubi.restore.from=" + folder);
        assertThat(restore.exitCode()).as(restore.output()).isZero();

        BackupRestoreDrillTest.State after;
        try (ForkedMusubi app = ForkedMusubi.start(restoredDir, restored, demo)) {
            after = BackupRestoreDrillTest.State.read(app, before.asset());
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (!after.seedHits().equals(before.seedHits()) && Instant.now().isBefore(deadline)) {
                after = BackupRestoreDrillTest.State.read(app, before.asset());
            }
        }
        assertThat(after.delivery()).containsExactlyEntriesOf(before.delivery());
        assertThat(after.ledger()).containsExactlyElementsOf(before.ledger());
        assertThat(after.tasks()).isNotEmpty().containsExactlyElementsOf(before.tasks());
        assertThat(after.assetSha256()).isEqualTo(before.assetSha256());
        assertThat(after.seedHits()).isNotEmpty().isEqualTo(before.seedHits());
        System.out.printf("Restore drill on PostgreSQL: backup %d ms (online), restore %d ms%n",
                backup.took().toMillis(), restore.took().toMillis());
    }

    /** A new, empty database beside the test database, and the environment that points the product at it. */
    static Map<String, String> database(String suffix) throws Exception {
        String url = System.getenv().getOrDefault("MUSUBI_DB_URL", "jdbc:postgresql://127.0.0.1:5432/musubi");
        String user = System.getenv().getOrDefault("MUSUBI_DB_USER", "musubi");
        String password = System.getenv().getOrDefault("MUSUBI_DB_PASSWORD", "");
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + suffix;
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
                "MUSUBI_NEWSLETTER_UNSUBSCRIBE_SECRET", "postgres-backup-test-unsubscribe-secret-0123");
    }
}
