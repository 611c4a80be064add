package jp.musubi.webapp.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import jp.musubi.webapp.support.HttpVisitor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handover archive on PostgreSQL ({@code -Ppostgres}) as an operator hands over: the administrator of a
 * running installation (demo data, a completed case, an uploaded image) downloads the archive; the jar's
 * import command reads it into a new, empty database and exits 0; a second import is refused with status 1;
 * the new installation starts, its administrator logs in with the imported password and downloads an archive
 * whose tables and files are the same as the original's.
 */
@Tag("postgres")
@Tag("fault")
class HandoverOnPostgresTest {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "musubi-demo";
    /**
     * What the handover itself writes on the copy: the audit log records the copy's login and download after
     * the original's entries, and the administrator's login sets its account's last login.
     */
    private static final String AUDIT = "audit_entry.csv";
    private static final String ACCOUNTS = "account.csv";
    private static final String LAST_LOGIN = "last_login_at";

    @TempDir
    Path workDir;

    @Test
    void anArchiveImportedByTheJarIntoAnEmptyDatabaseExportsTheSameTablesAndFiles() throws Exception {
        Map<String, String> original = BackupRestoreOnPostgresTest.database("_handover_a");
        Map<String, String> copy = BackupRestoreOnPostgresTest.database("_handover_b");
        Path originalDir = Files.createDirectories(workDir.resolve("original"));
        Path copyDir = Files.createDirectories(workDir.resolve("copy"));
        Path archive = workDir.resolve("archive.zip");
        Path again = workDir.resolve("again.zip");

        try (ForkedMusubi app = ForkedMusubi.start(originalDir, original, "--musubi.demo.enabled=true")) {
            new AcknowledgedCompletion("handover").apply(app);
            BackupRestoreDrillTest.upload(app, BackupRestoreDrillTest.png());
            download(app, archive);
        }

        ForkedCommand.Result imported = ForkedCommand.run(copyDir, copy, "--server.port=0",
                "--musubi.demo.enabled=false", "--musubi.handover.import-from=" + archive);
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        ForkedCommand.Result refused = ForkedCommand.run(copyDir, copy, "--server.port=0",
                "--musubi.demo.enabled=false", "--musubi.handover.import-from=" + archive);
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);

        try (ForkedMusubi app = ForkedMusubi.start(copyDir, copy, "--musubi.demo.enabled=false")) {
            download(app, again);
        }

        try (ZipFile source = new ZipFile(archive.toFile()); ZipFile target = new ZipFile(again.toFile())) {
            List<String> names = names(source);
            assertThat(names).contains("account.csv", "cms_item.csv", "act_hi_procinst.csv", "consultation_request.csv")
                    .anyMatch(name -> name.startsWith("assets/"));
            assertThat(names(target)).containsExactlyInAnyOrderElementsOf(names);
            SoftAssertions tables = new SoftAssertions();
            for (String name : names) {
                if (name.startsWith("assets/")) {
                    tables.assertThat(bytes(target, name)).as(name).isEqualTo(bytes(source, name));
                } else if (name.equals(ACCOUNTS)) {
                    tables.assertThat(withoutColumn(target, name, LAST_LOGIN)).as(name)
                            .isEqualTo(withoutColumn(source, name, LAST_LOGIN));
                } else if (name.equals(AUDIT)) {
                    tables.assertThat(lines(target, name)).as("the original's audit log, then the copy's own entries")
                            .startsWith(lines(source, name).toArray(String[]::new));
                } else if (name.endsWith(".csv")) {
                    tables.assertThat(lines(target, name)).as(name).isEqualTo(lines(source, name));
                }
            }
            tables.assertAll();
        }
    }

    private static void download(ForkedMusubi app, Path archive) throws IOException, InterruptedException {
        HttpVisitor admin = HttpVisitor.loggedIn(app.uri(""), ADMIN, PASSWORD);
        HttpResponse<Path> answer = admin.download("/admin/handover/archive.zip", archive);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("zip"));
    }

    private static List<String> names(ZipFile zip) {
        List<String> names = new ArrayList<>();
        Collections.list(zip.entries()).forEach(entry -> names.add(entry.getName()));
        return names;
    }

    private static byte[] bytes(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    /** The table's rows as maps of column to value, one column left out. */
    private static List<Map<String, String>> withoutColumn(ZipFile zip, String name, String column) throws IOException {
        String text = new String(bytes(zip, name), StandardCharsets.UTF_8).substring(1);
        try (CSVParser csv = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : csv) {
                Map<String, String> row = new java.util.TreeMap<>(record.toMap());
                row.remove(column);
                rows.add(row);
            }
            return rows;
        }
    }

    private static List<String> lines(ZipFile zip, String name) throws IOException {
        return List.of(new String(bytes(zip, name), StandardCharsets.UTF_8).split("\r\n"));
    }
}
