package jp.musubi.webapp.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import jp.musubi.cms.asset.AssetProperties;
import jp.musubi.cms.asset.AssetStorage;
import jp.musubi.cms.handover.HandoverCatalog;
import jp.musubi.cms.handover.HandoverExport;
import jp.musubi.cms.handover.HandoverImport;
import jp.musubi.cms.handover.HandoverRefusedException;
import jp.musubi.cms.common.HandoverSection;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The handover archive of the demo installation, imported into a fresh database (Flyway's migrations
 * plus Flowable's schema, as a new installation has them) and exported again: every table's CSV and
 * every asset must come out byte for byte the same.
 */
@MusubiSpringBootTest
class HandoverRoundTripTest {

    /**
     * One export and one import for all tests of a class (the fresh database costs a Flowable schema), per class:
     * {@link KumamotoHandoverRoundTripTest} exports the consortium's installation.
     */
    private static final Map<Class<?>, RoundTrip> ROUND_TRIPS = new java.util.concurrent.ConcurrentHashMap<>();

    @TempDir
    static Path work;

    @Autowired
    HandoverCatalog catalog;

    @Autowired
    HandoverExport export;

    @Autowired
    DataSource dataSource;

    @Autowired
    AssetProperties assets;

    @Autowired
    Clock clock;

    @Autowired
    jp.musubi.cms.asset.AssetService assetService;

    @Autowired
    RuntimeService runtime;

    private static final String LONG_NOTE = "handoverLongNote";
    private static final String LONG_TEXT = "引継ぎの長い記録。".repeat(500);

    @Test
    void theImportedCopyHoldsEveryRowAndEveryAssetOfTheSource() throws Exception {
        RoundTrip trip = roundTrip();
        try (ZipFile source = new ZipFile(trip.archive().toFile()); ZipFile copy = new ZipFile(trip.reexport().toFile())) {
            List<String> names = names(source);
            assertThat(names).contains("README.md", "manifest.json", "account.csv", "act_hi_procinst.csv", "cms_item.csv");
            assertThat(names).as("the demo data has assets").anyMatch(n -> n.startsWith("assets/"));
            assertThat(names(copy)).containsExactlyInAnyOrderElementsOf(names);
            for (String name : names) {
                if (name.endsWith(".csv") || name.startsWith("assets/")) {
                    assertThat(bytes(copy, name)).as(name).isEqualTo(bytes(source, name));
                }
            }
            assertThat(rows(source, "account.csv")).as("accounts exported").isNotEmpty();
            assertThat(rows(source, "act_hi_procinst.csv")).as("case history exported").isNotEmpty();
            for (String name : names) {
                if (name.startsWith("assets/")) {
                    UUID id = UUID.fromString(name.substring("assets/".length()));
                    assertThat(Files.readAllBytes(trip.targetAssets().resolve(AssetStorage.relativeFile(id))))
                            .as("copied asset %s", id).isEqualTo(bytes(source, name));
                }
            }
        }
    }

    @Test
    void aLongHistoryValueTravelsWithItsByteArrayAndNoDeploymentResource() throws Exception {
        RoundTrip trip = roundTrip();
        try (ZipFile source = new ZipFile(trip.archive().toFile())) {
            List<CSVRecord> variables = rows(source, "act_hi_varinst.csv");
            List<String> referenced = variables.stream().map(r -> r.get("bytearray_id_")).filter(id -> !id.isEmpty()).toList();
            String ours = variables.stream().filter(r -> r.get("name_").equals(LONG_NOTE)).findFirst().orElseThrow()
                    .get("bytearray_id_");
            List<CSVRecord> arrays = rows(source, "act_ge_bytearray.csv");
            assertThat(arrays).as("the history's byte arrays, nothing else").extracting(r -> r.get("id_"))
                    .containsExactlyInAnyOrderElementsOf(referenced).contains(ours);
            assertThat(arrays).as("no deployment resource").allMatch(r -> r.get("deployment_id_").isEmpty());
            String value = arrays.stream().filter(r -> r.get("id_").equals(ours)).findFirst().orElseThrow().get("bytes_");
            // Flowable keeps a long string Java-serialized.
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(value)))) {
                assertThat(in.readObject()).isEqualTo(LONG_TEXT);
            }
        }
        try (Connection c = trip.target().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM act_ge_bytearray b JOIN act_hi_varinst v"
                     + " ON v.bytearray_id_ = b.id_ WHERE v.name_ = '" + LONG_NOTE + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the value in the copy").isEqualTo(1);
        }
    }

    @Test
    void theCopyContinuesNumberingAfterTheImportedIds() throws Exception {
        RoundTrip trip = roundTrip();
        try (Connection c = trip.target().getConnection(); Statement st = c.createStatement()) {
            long max;
            try (ResultSet rs = st.executeQuery("SELECT MAX(id) FROM audit_entry")) {
                rs.next();
                max = rs.getLong(1);
            }
            st.executeUpdate("INSERT INTO audit_entry (occurred_at, actor, action, target) "
                    + "VALUES (CURRENT_TIMESTAMP, 'test', 'IMPORT', 'handover')");
            try (ResultSet rs = st.executeQuery("SELECT MAX(id) FROM audit_entry")) {
                rs.next();
                assertThat(rs.getLong(1)).isGreaterThan(max);
            }
            st.executeUpdate("DELETE FROM audit_entry WHERE actor = 'test'");
        }
    }

    @Test
    void aTargetWithDataIsRefusedAndUnchanged() throws Exception {
        RoundTrip trip = roundTrip();
        Map<String, Long> before = counts(trip.target());
        assertThatThrownBy(() -> new HandoverImport(catalog, trip.target(), trip.targetAssets())
                .importArchive(trip.archive()))
                .isInstanceOf(HandoverRefusedException.class)
                .hasMessageContaining("すでにデータがあります");
        assertThat(counts(trip.target())).isEqualTo(before);
    }

    @Test
    void aTamperedArchiveIsRefusedBeforeAnythingIsRead() throws Exception {
        RoundTrip trip = roundTrip();
        Path tampered = work.resolve("tampered.zip");
        try (ZipFile source = new ZipFile(trip.archive().toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (String name : names(source)) {
                byte[] content = bytes(source, name);
                if (name.equals("account_role.csv")) {
                    content = (new String(content, StandardCharsets.UTF_8) + "\"admin\",\"EDITOR\"\r\n")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            }
        }
        DataSource fresh = freshDatabase(false);
        Map<String, Long> before = counts(fresh);
        assertThatThrownBy(() -> new HandoverImport(catalog, fresh, work.resolve("tampered-assets")).importArchive(tampered))
                .isInstanceOf(HandoverRefusedException.class)
                .hasMessageContaining("account_role.csv").hasMessageContaining("チェックサム");
        assertThat(counts(fresh)).isEqualTo(before);
    }

    @Test
    void theReadmeListsEveryFileAndEveryColumnAndTheCsvOpensWithCommonsCsv() throws Exception {
        RoundTrip trip = roundTrip();
        try (ZipFile zip = new ZipFile(trip.archive().toFile())) {
            String readme = new String(bytes(zip, "README.md"), StandardCharsets.UTF_8);
            for (String name : names(zip)) {
                if (name.startsWith("assets/")) {
                    assertThat(readme).contains("`assets/<id>`");
                    continue;
                }
                assertThat(readme).as("README lists %s", name).contains("`" + name + "`");
                if (!name.endsWith(".csv")) {
                    continue;
                }
                String block = readme.substring(readme.indexOf("#### `" + name + "`"));
                int end = block.indexOf("\n#### ", 1);
                block = end < 0 ? block : block.substring(0, end);
                try (CSVParser csv = parse(zip, name)) {
                    for (String column : csv.getHeaderNames()) {
                        assertThat(block).as("README documents %s of %s", column, name).contains("| `" + column + "` |");
                    }
                    List<CSVRecord> records = csv.getRecords();
                    assertThat(records).allMatch(r -> r.size() == csv.getHeaderNames().size());
                }
            }
        }
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    jp.musubi.workflow.account.AccountService accounts;

    @Autowired
    jp.musubi.cms.audit.AuditLog audit;

    @Test
    void theAdministratorSeesThePageAndDownloadsAnAuditedArchive() throws Exception {
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername("admin"));
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/admin/handover").with(admin)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("引継ぎデータ", "会員・担当者", "案件の履歴", "/admin/handover/archive.zip");
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/admin/handover/archive.zip").with(admin)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        Path downloaded = work.resolve("downloaded.zip");
        Files.write(downloaded, response.getContentAsByteArray());
        try (ZipFile zip = new ZipFile(downloaded.toFile())) {
            assertThat(names(zip)).contains("README.md", "manifest.json", "account.csv");
        }
        var entries = audit.search(new jp.musubi.cms.audit.AuditQuery("admin",
                jp.musubi.cms.audit.AuditAction.PERSONAL_DATA_EXPORT, "handover", null, null, 0, 10)).entries();
        assertThat(entries).isNotEmpty();
    }

    @Test
    void everyTableOfTheSchemaIsInASectionOrLeftOutOnPurpose() throws Exception {
        Set<String> inSections = new HashSet<>();
        catalog.sections().stream().map(HandoverSection::tables).forEach(inSections::addAll);
        Set<String> tables = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        assertThat(tables).as("every section table exists").containsAll(inSections);
        List<String> forgotten = tables.stream()
                .filter(t -> !t.startsWith("act_") && !t.startsWith("flw_"))
                .filter(t -> !inSections.contains(t) && !HandoverCatalog.EXCLUDED.contains(t))
                .sorted().toList();
        assertThat(forgotten).as("tables in no handover section and not in HandoverCatalog.EXCLUDED").isEmpty();
    }

    protected synchronized RoundTrip roundTrip() throws Exception {
        RoundTrip roundTrip = ROUND_TRIPS.get(getClass());
        if (roundTrip == null) {
            // One asset of our own, so the archive certainly carries a file whose bytes can be compared.
            assetService.upload("handover-test.pdf", new java.io.ByteArrayInputStream(
                    "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)), "editor");
            // A text longer than Flowable's 4,000 characters, kept in ACT_GE_BYTEARRAY: the history's value must travel.
            String running = runtime.createProcessInstanceQuery().active().orderByProcessInstanceId().asc().listPage(0, 1)
                    .get(0).getId();
            runtime.setVariable(running, LONG_NOTE, LONG_TEXT);
            Path archive = work.resolve("archive.zip");
            try (OutputStream out = Files.newOutputStream(archive)) {
                export.write(out);
            }
            DataSource target = freshDatabase(true);
            Path targetAssets = work.resolve("target-assets");
            Map<String, Long> inserted = new HandoverImport(catalog, target, targetAssets).importArchive(archive);
            assertThat(inserted.get("account")).isPositive();
            Path reexport = work.resolve("reexport.zip");
            try (OutputStream out = Files.newOutputStream(reexport)) {
                new HandoverExport(catalog, target, targetAssets, "copy", clock).write(out);
            }
            roundTrip = new RoundTrip(archive, target, targetAssets, reexport);
            ROUND_TRIPS.put(getClass(), roundTrip);
        }
        return roundTrip;
    }

    /** A new installation's database: the product's migrations, and Flowable's tables when asked for. */
    private static DataSource freshDatabase(boolean withFlowable) {
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:mem:handover-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        if (withFlowable) {
            StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
            config.setDataSource(ds);
            config.setDatabaseSchemaUpdate("true");
            config.setAsyncExecutorActivate(false);
            ProcessEngine engine = config.buildProcessEngine();
            engine.close();
        }
        return ds;
    }

    private Map<String, Long> counts(DataSource ds) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (HandoverSection section : catalog.sections()) {
                for (String table : section.tables()) {
                    if (table.startsWith("act_")) {
                        continue; // the tampered-archive target has no Flowable schema
                    }
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static List<String> names(ZipFile zip) {
        List<String> names = new ArrayList<>();
        Collections.list(zip.entries()).forEach(e -> names.add(e.getName()));
        return names;
    }

    private static byte[] bytes(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    protected static List<CSVRecord> rows(ZipFile zip, String name) throws IOException {
        try (CSVParser csv = parse(zip, name)) {
            return csv.getRecords();
        }
    }

    private static CSVParser parse(ZipFile zip, String name) throws IOException {
        String text = new String(bytes(zip, name), StandardCharsets.UTF_8);
        assertThat(text).as("%s starts with a BOM", name).startsWith("\uFEFF");
        Reader reader = new java.io.StringReader(text.substring(1));
        return CSVParser.builder().setReader(reader)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get();
    }

    protected record RoundTrip(Path archive, DataSource target, Path targetAssets, Path reexport) {
    }
}
