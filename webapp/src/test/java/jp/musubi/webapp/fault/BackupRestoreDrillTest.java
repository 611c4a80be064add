package jp.musubi.webapp.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import jp.musubi.webapp.support.HttpVisitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The restore drill of the README's 「運用」: the demo installation (content, a case waiting in the inbox,
 * an uploaded asset) is backed up with the product's command, restored into an empty folder, started there,
 * and the delivery API, the ledger, the process state, the asset and the search answer item by item as
 * before. Both database files are also compared table by table. Prints the time of backup and restore.
 */
@Tag("fault")
class BackupRestoreDrillTest {

    private static final String PASSWORD = AcknowledgedCompletion.DEMO_PASSWORD;
    // The forked product runs Tochigi's default programme: 人材情報 (talents) is Kumamoto's feature and answers 404.
    private static final List<String> ENDPOINTS =
            List.of("articles", "issues", "seeds", "members", "events", "pages", "municipalities");
    private static final Pattern TASK_LINK = Pattern.compile("/inbox/tasks/([A-Za-z0-9-]+)");
    private static final Pattern SEED_LINK = Pattern.compile("href=\"(/seeds/[^\"?#]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path original;

    @TempDir
    Path restored;

    @TempDir
    Path backups;

    @Test
    void aBackupRestoredIntoAnEmptyInstallationAnswersAsTheOriginal() throws Exception {
        AcknowledgedCompletion application = new AcknowledgedCompletion("drill");
        State before;
        try (ForkedMusubi app = ForkedMusubi.start(original, Map.of())) {
            application.apply(app);
            String asset = upload(app, png());
            before = State.read(app, asset);
        }
        assertThat(before.tasks()).as("the drill's case waits in the inbox").isNotEmpty();
        assertThat(before.seedHits()).as("the search finds the first seed").isNotEmpty();

        ForkedCommand.Result backup = ForkedCommand.run(original, "--musubi.backup.to=" + backups);
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        Path folder;
        try (Stream<Path> made = Files.list(backups)) {
            folder = made.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(folder.getFileName().toString()).matches("musubi-backup-\\d{8}-\\d{6}");
        assertThat(Files.readString(folder.resolve("MANIFEST.txt"))).contains("# database: h2", "database.zip", "assets/");

        // A damaged copy is refused before anything is written.
        Path damaged = Files.createDirectories(restored.resolve("damaged"));
        Path damagedCopy = damaged.resolve(folder.getFileName());
        copyTree(folder, damagedCopy);
        Files.write(damagedCopy.resolve("database.zip"), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        ForkedCommand.Result refused = ForkedCommand.run(damaged, "--musubi.restore.from=" + damagedCopy);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("チェックサム不一致");
        assertThat(damaged.resolve("data/musubi.mv.db")).doesNotExist();

        Path target = Files.createDirectories(restored.resolve("installation"));
        ForkedCommand.Result restore = ForkedCommand.run(target, "--musubi.restore.from=" + folder);
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        ForkedCommand.Result again = ForkedCommand.run(target, "--musubi.restore.from=" + folder);
        assertThat(again.exitCode()).as("a second restore into a used installation is refused").isEqualTo(1);
        assertThat(again.output()).contains("空の環境にだけ復元できます");

        assertThat(tables(target)).as("every table, row by row").containsExactlyEntriesOf(tables(original));

        long restartStarted = System.nanoTime();
        State after;
        try (ForkedMusubi app = ForkedMusubi.start(target, Map.of())) {
            after = State.read(app, before.asset());
            // The index is rebuilt in the background after the start: poll the search with a deadline.
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (!after.seedHits().equals(before.seedHits()) && Instant.now().isBefore(deadline)) {
                after = State.read(app, before.asset());
            }
        }
        Duration restart = Duration.ofNanos(System.nanoTime() - restartStarted);

        for (String endpoint : ENDPOINTS) {
            assertThat(after.delivery().get(endpoint)).as("delivery API %s", endpoint)
                    .containsExactlyElementsOf(before.delivery().get(endpoint));
        }
        assertThat(after.ledger()).as("ledger export, line by line").containsExactlyElementsOf(before.ledger());
        assertThat(after.tasks()).as("open tasks of the secretariat").containsExactlyElementsOf(before.tasks());
        assertThat(after.assetSha256()).isEqualTo(before.assetSha256());
        assertThat(after.seedHits()).as("search rebuilt from the restored database").isEqualTo(before.seedHits());

        System.out.printf("Restore drill: backup %d ms, restore %d ms, restored start until equal %d ms, backup size %d bytes%n",
                backup.took().toMillis(), restore.took().toMillis(), restart.toMillis(), size(folder));
    }

    /** What a user and the API see, read the same way from both installations. */
    record State(Map<String, List<String>> delivery, List<String> ledger, List<String> tasks, String asset,
                 String assetSha256, List<String> seedHits) {

        static State read(ForkedMusubi app, String asset) throws Exception {
            HttpVisitor visitor = new HttpVisitor(app.uri(""));
            Map<String, List<String>> delivery = new TreeMap<>();
            for (String endpoint : ENDPOINTS) {
                List<String> items = new ArrayList<>();
                for (int offset = 0; ; offset += 100) {
                    HttpResponse<String> list = visitor.get("/.rest/delivery/" + endpoint + "?limit=100&offset=" + offset);
                    assertThat(list.statusCode()).as(endpoint).isEqualTo(200);
                    JsonNode results = JSON.readTree(list.body()).get("results");
                    results.forEach(item -> items.add(item.toString()));
                    if (results.size() < 100) {
                        break;
                    }
                }
                delivery.put(endpoint, items);
            }
            HttpVisitor secretariat = HttpVisitor.loggedIn(app.uri(""), "secretariat", PASSWORD);
            HttpResponse<String> csv = secretariat.get("/admin/members/export.csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            List<String> tasks = new ArrayList<>();
            Matcher link = TASK_LINK.matcher(secretariat.get("/inbox?view=group&size=100").body());
            while (link.find()) {
                tasks.add(link.group(1));
            }
            HttpResponse<byte[]> file = java.net.http.HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(app.uri("/dam/" + asset)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).isEqualTo(200);
            String firstSeed = JSON.readTree(visitor.get("/.rest/delivery/seeds?limit=1").body())
                    .get("results").get(0).get("title").asString();
            List<String> hits = new ArrayList<>();
            Matcher seed = SEED_LINK.matcher(visitor.get("/seeds?q=" + URLEncoder.encode(firstSeed, StandardCharsets.UTF_8)).body());
            while (seed.find()) {
                hits.add(seed.group(1));
            }
            return new State(delivery, List.of(csv.body().split("\r?\n")), tasks.stream().distinct().toList(), asset,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())), hits);
        }
    }

    static String upload(ForkedMusubi app, byte[] png) throws Exception {
        HttpVisitor editor = HttpVisitor.loggedIn(app.uri(""), "editor", PASSWORD);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--XB\r\nContent-Disposition: form-data; name=\"file\"; filename=\"drill.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes("\r\n--XB--\r\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = editor.send("/editor", HttpRequest.newBuilder(editor.uri("/api/cms/assets"))
                .header("Content-Type", "multipart/form-data; boundary=XB")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(answer.body());
        assertThat(id.find()).as(answer.body()).isTrue();
        return id.group(1);
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Every table of the application's schema and its rows in a stable order, from the stopped database file. */
    private static Map<String, List<String>> tables(Path installation) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String url = "jdbc:h2:file:" + installation.resolve("data/musubi").toAbsolutePath() + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = connection.createStatement().executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = connection.createStatement().executeQuery("SELECT * FROM \"" + name + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            Object value = rs.getObject(column);
                            row.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value))
                                    .append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(name, rows);
            }
        }
        return tables;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
