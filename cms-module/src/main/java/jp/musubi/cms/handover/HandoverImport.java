package jp.musubi.cms.handover;

import static jp.musubi.cms.handover.HandoverTexts.TEXTS;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import jp.musubi.cms.asset.AssetStorage;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a handover archive into an empty installation: checks the checksums and the schema version,
 * refuses a database with any row in the sections' tables, then inserts every table in one
 * transaction in foreign-key order, copies the asset files and moves identity columns past the
 * imported ids. Only history is imported: no process is started or resumed.
 */
public class HandoverImport {

    private static final int BATCH = 500;

    private final HandoverCatalog catalog;
    private final DataSource dataSource;
    private final Path assetsDirectory;

    public HandoverImport(HandoverCatalog catalog, DataSource dataSource, Path assetsDirectory) {
        this.catalog = catalog;
        this.dataSource = dataSource;
        this.assetsDirectory = assetsDirectory.toAbsolutePath().normalize();
    }

    /** Imports the archive and returns the rows inserted per table; throws {@link HandoverRefusedException}. */
    public Map<String, Long> importArchive(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
             Connection connection = dataSource.getConnection()) {
            HandoverExport.Manifest manifest = readManifest(zip);
            verifyChecksums(zip, manifest);
            HandoverSchema schema = new HandoverSchema(connection);
            String version = schema.schemaVersion();
            if (!String.valueOf(manifest.schemaVersion()).equals(version)) {
                throw new HandoverRefusedException(TEXTS.get("handover.import.refused.schema", manifest.schemaVersion(),
                        version));
            }
            List<String> tables = catalog.sections().stream().flatMap(s -> s.tables().stream()).toList();
            Set<String> seeded = catalog.sections().stream().flatMap(s -> s.seededTables().stream())
                    .collect(Collectors.toSet());
            Map<String, String> partial = new java.util.HashMap<>();
            catalog.sections().forEach(section -> partial.putAll(section.partialTables()));
            for (String table : tables) {
                if (!seeded.contains(table) && schema.count(table, partial.get(table)) > 0) {
                    throw new HandoverRefusedException(TEXTS.get("handover.import.refused.notEmpty", table));
                }
            }
            return insertAll(zip, manifest, connection, schema, schema.insertOrder(tables), seeded);
        } catch (IOException e) {
            throw new HandoverRefusedException(TEXTS.get("handover.import.refused.unreadable", e.getMessage()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot import the handover archive", e);
        }
    }

    private static HandoverExport.Manifest readManifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(HandoverExport.MANIFEST);
        if (entry == null) {
            throw new HandoverRefusedException(TEXTS.get("handover.import.refused.noManifest"));
        }
        try (InputStream in = zip.getInputStream(entry)) {
            HandoverExport.Manifest manifest = JsonMapper.builder().build().readValue(in, HandoverExport.Manifest.class);
            if (manifest.formatVersion() != HandoverExport.FORMAT_VERSION) {
                throw new HandoverRefusedException(TEXTS.get("handover.import.refused.format", manifest.formatVersion()));
            }
            return manifest;
        }
    }

    private static void verifyChecksums(ZipFile zip, HandoverExport.Manifest manifest) throws IOException {
        Set<String> listed = manifest.files().stream().map(HandoverExport.ManifestFile::name).collect(Collectors.toSet());
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = entry.getName();
            if (!entry.isDirectory() && !name.equals(HandoverExport.MANIFEST) && !name.equals(HandoverExport.README)
                    && !listed.contains(name)) {
                throw new HandoverRefusedException(TEXTS.get("handover.import.refused.unlisted", name));
            }
        }
        for (HandoverExport.ManifestFile file : manifest.files()) {
            ZipEntry entry = zip.getEntry(file.name());
            if (entry == null) {
                throw new HandoverRefusedException(TEXTS.get("handover.import.refused.missing", file.name()));
            }
            MessageDigest digest = HandoverExport.sha256();
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            if (!HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(file.sha256())) {
                throw new HandoverRefusedException(TEXTS.get("handover.import.refused.checksum", file.name()));
            }
        }
    }

    private Map<String, Long> insertAll(ZipFile zip, HandoverExport.Manifest manifest, Connection connection,
                                        HandoverSchema schema, List<String> order, Set<String> seeded)
            throws SQLException, IOException {
        Map<String, HandoverExport.ManifestFile> files = manifest.files().stream().filter(f -> f.table() != null)
                .collect(Collectors.toMap(HandoverExport.ManifestFile::table, Function.identity()));
        Map<String, Long> inserted = new java.util.LinkedHashMap<>();
        List<Path> copied = new ArrayList<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (String table : seeded) {
                try (Statement st = connection.createStatement()) {
                    st.executeUpdate("DELETE FROM " + schema.sqlName(table));
                }
            }
            for (String table : order) {
                HandoverExport.ManifestFile file = files.get(table);
                if (file == null) {
                    throw new HandoverRefusedException(TEXTS.get("handover.import.refused.missing", table + ".csv"));
                }
                long rows = insertTable(zip, file, connection, schema, table);
                if (file.rows() != null && rows != file.rows()) {
                    throw new HandoverRefusedException(TEXTS.get("handover.import.refused.rows", file.name()));
                }
                inserted.put(table, rows);
            }
            copyAssets(zip, manifest, copied);
            // Last: H2 commits the transaction on ALTER TABLE, so nothing that may fail comes after this.
            for (String table : order) {
                resetIdentities(connection, schema, table);
            }
            connection.commit();
            return inserted;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            copied.forEach(HandoverImport::deleteQuietly);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static long insertTable(ZipFile zip, HandoverExport.ManifestFile file, Connection connection,
                                    HandoverSchema schema, String table) throws SQLException, IOException {
        Map<String, HandoverSchema.Column> columns = schema.columns(table).stream()
                .collect(Collectors.toMap(HandoverSchema.Column::name, Function.identity()));
        try (Reader reader = withoutBom(zip.getInputStream(zip.getEntry(file.name())));
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(HandoverExport.CSV.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<HandoverSchema.Column> header = new ArrayList<>();
            for (String name : parser.getHeaderNames()) {
                HandoverSchema.Column column = columns.get(name.toLowerCase(Locale.ROOT));
                if (column == null) {
                    throw new HandoverRefusedException(TEXTS.get("handover.import.refused.column", file.name(), name));
                }
                header.add(column);
            }
            List<HandoverValues.Kind> kinds = header.stream().map(HandoverValues::kind).toList();
            String sql = "INSERT INTO " + schema.sqlName(table) + " ("
                    + header.stream().map(c -> schema.quoted(c.actualName())).collect(Collectors.joining(", "))
                    + ") VALUES (" + header.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            long rows = 0;
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (CSVRecord record : parser) {
                    for (int i = 0; i < header.size(); i++) {
                        HandoverValues.bind(ps, i + 1, kinds.get(i), header.get(i).jdbcType(), record.get(i));
                    }
                    ps.addBatch();
                    if (++rows % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return rows;
        }
    }

    /** Identity columns continue after the largest imported value (H2 and PostgreSQL spell this differently). */
    private static void resetIdentities(Connection connection, HandoverSchema schema, String table) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        for (HandoverSchema.Column column : schema.columns(table)) {
            if (!column.identity()) {
                continue;
            }
            long next;
            try (Statement st = connection.createStatement();
                 var rs = st.executeQuery("SELECT COALESCE(MAX(" + schema.quoted(column.actualName()) + "), 0) + 1 FROM "
                         + schema.sqlName(table))) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement st = connection.createStatement()) {
                if (product.contains("postgres")) {
                    st.execute("SELECT setval(pg_get_serial_sequence('" + schema.sqlName(table).replace("'", "''")
                            + "', '" + column.actualName().replace("'", "''") + "'), " + next + ", false)");
                } else {
                    st.execute("ALTER TABLE " + schema.sqlName(table) + " ALTER COLUMN "
                            + schema.quoted(column.actualName()) + " RESTART WITH " + next);
                }
            }
        }
    }

    private void copyAssets(ZipFile zip, HandoverExport.Manifest manifest, List<Path> copied) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        manifest.files().stream().filter(f -> f.table() == null).forEach(f -> names.add(f.name()));
        for (String name : names) {
            UUID id = UUID.fromString(name.substring("assets/".length()));
            Path target = assetsDirectory.resolve(AssetStorage.relativeFile(id));
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            copied.add(target);
        }
    }

    private static Reader withoutBom(InputStream in) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
