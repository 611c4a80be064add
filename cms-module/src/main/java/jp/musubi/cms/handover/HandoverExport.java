package jp.musubi.cms.handover;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import jp.musubi.cms.asset.AssetProperties;
import jp.musubi.cms.asset.AssetStorage;
import jp.musubi.cms.common.HandoverSection;
import jp.musubi.cms.site.SiteProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the handover archive as a stream: one CSV per table of every section, the asset files, then
 * {@code manifest.json} (row counts and SHA-256 of every file) and the generated {@code README.md}.
 * Reads in one read-only transaction, so the tables agree with each other.
 */
@Service
public class HandoverExport {

    /** RFC 4180 with CRLF; every value quoted, SQL NULL as a field with nothing in it (see README). */
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).setNullString("")
            .setRecordSeparator("\r\n").get();
    static final String MANIFEST = "manifest.json";
    static final String README = "README.md";
    static final int FORMAT_VERSION = 1;

    private final HandoverCatalog catalog;
    private final DataSource dataSource;
    private final Path assetsDirectory;
    private final String programme;
    private final Clock clock;

    @Autowired
    HandoverExport(HandoverCatalog catalog, DataSource dataSource, AssetProperties assets, SiteProperties site,
                   Clock clock) {
        this(catalog, dataSource, assets.directory(), site.name(), clock);
    }

    /** An export of any database and asset directory (the round-trip test exports the imported copy). */
    public HandoverExport(HandoverCatalog catalog, DataSource dataSource, Path assetsDirectory, String programme,
                          Clock clock) {
        this.catalog = catalog;
        this.dataSource = dataSource;
        this.assetsDirectory = assetsDirectory.toAbsolutePath().normalize();
        this.programme = programme;
        this.clock = clock;
    }

    public void write(OutputStream target) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                write(connection, target);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database for the handover archive", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the handover archive", e);
        }
    }

    private void write(Connection connection, OutputStream target) throws SQLException, IOException {
        HandoverSchema schema = new HandoverSchema(connection);
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        List<ManifestFile> files = new ArrayList<>();
        List<TableDoc> docs = new ArrayList<>();
        for (HandoverSection section : catalog.sections()) {
            for (String table : section.tables()) {
                List<HandoverSchema.Column> columns = schema.columns(table);
                String name = table + ".csv";
                zip.putNextEntry(new ZipEntry(name));
                Digesting out = new Digesting(zip);
                long rows = writeTable(connection, schema, table, section.rowCondition(table).orElse(null), columns, out);
                zip.closeEntry();
                files.add(new ManifestFile(name, section.id(), table, rows, null, out.hex()));
                docs.add(new TableDoc(section, table, name, rows, columns));
            }
            if (section.withAssets()) {
                files.addAll(writeAssets(connection, schema, section, zip));
            }
        }
        Manifest manifest = new Manifest(FORMAT_VERSION, programme, clock.instant().toString(), schema.schemaVersion(),
                files);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(README));
        zip.write(HandoverReadme.render(manifest, docs).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static long writeTable(Connection connection, HandoverSchema schema, String table, String condition,
                                   List<HandoverSchema.Column> columns, Digesting out) throws SQLException, IOException {
        List<HandoverValues.Kind> kinds = columns.stream().map(HandoverValues::kind).toList();
        String order = orderBy(schema, table, columns);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        printer.printRecord(columns.stream().map(HandoverSchema.Column::name).toList());
        long rows = 0;
        try (Statement st = connection.createStatement()) {
            st.setFetchSize(500);
            try (ResultSet rs = st.executeQuery("SELECT " + columns.stream().map(c -> schema.quoted(c.actualName()))
                    .collect(Collectors.joining(", ")) + " FROM " + schema.sqlName(table) + HandoverSchema.where(condition)
                    + order)) {
                List<String> values = new ArrayList<>(columns.size());
                while (rs.next()) {
                    values.clear();
                    for (int i = 0; i < columns.size(); i++) {
                        values.add(HandoverValues.read(rs, i + 1, kinds.get(i)));
                    }
                    printer.printRecord(values);
                    rows++;
                }
            }
        }
        printer.flush();
        return rows;
    }

    /** Rows by primary key, so parents usually come before the rows of the same table that refer to them. */
    private static String orderBy(HandoverSchema schema, String table, List<HandoverSchema.Column> columns)
            throws SQLException {
        List<String> key = schema.primaryKey(table);
        if (key.isEmpty()) {
            key = columns.stream().filter(c -> HandoverValues.kind(c) != HandoverValues.Kind.BINARY
                    && !c.typeName().toUpperCase(java.util.Locale.ROOT).contains("LOB")).map(HandoverSchema.Column::actualName).toList();
        }
        return key.isEmpty() ? "" : " ORDER BY " + key.stream().map(schema::quoted).collect(Collectors.joining(", "));
    }

    private List<ManifestFile> writeAssets(Connection connection, HandoverSchema schema, HandoverSection section,
                                           ZipOutputStream zip) throws SQLException, IOException {
        List<ManifestFile> files = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + schema.quoted(actualId(schema)) + " FROM "
                     + schema.sqlName("cms_asset") + " ORDER BY 1")) {
            while (rs.next()) {
                UUID id = UUID.fromString(rs.getString(1));
                Path file = assetsDirectory.resolve(AssetStorage.relativeFile(id));
                if (!Files.isRegularFile(file)) {
                    continue; // a row whose file is gone: the README says assets are copied where present
                }
                String name = "assets/" + id;
                zip.putNextEntry(new ZipEntry(name));
                Digesting out = new Digesting(zip);
                long size = Files.copy(file, out);
                zip.closeEntry();
                files.add(new ManifestFile(name, section.id(), null, null, size, out.hex()));
            }
        }
        return files;
    }

    private static String actualId(HandoverSchema schema) throws SQLException {
        return schema.columns("cms_asset").stream().filter(c -> c.name().equals("id")).findFirst().orElseThrow()
                .actualName();
    }

    /** manifest.json. */
    record Manifest(int formatVersion, String programme, String exportedAt, String schemaVersion,
                    List<ManifestFile> files) {
    }

    /** One file of the archive: a table's CSV (with its row count) or an asset (with its size). */
    record ManifestFile(String name, String section, String table, Long rows, Long bytes, String sha256) {
    }

    record TableDoc(HandoverSection section, String table, String file, long rows, List<HandoverSchema.Column> columns) {
    }

    /** Passes bytes to the ZIP entry (never closing it) and hashes them. */
    static final class Digesting extends FilterOutputStream {

        private final MessageDigest digest;

        Digesting(OutputStream out) {
            super(out);
            this.digest = HandoverExport.sha256();
        }

        @Override
        public void write(int b) throws IOException {
            digest.update((byte) b);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            digest.update(b, off, len);
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static Map<String, ManifestFile> byName(List<ManifestFile> files) {
        Map<String, ManifestFile> map = new LinkedHashMap<>();
        files.forEach(f -> map.put(f.name(), f));
        return map;
    }
}
