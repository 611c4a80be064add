package jp.musubi.cms.handover;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables of one database as JDBC metadata reports them, under lower-case names: H2 stores
 * unquoted names in upper case, PostgreSQL in lower case, and the archive must read the same on both.
 */
final class HandoverSchema {

    private final Connection connection;
    private final String quote;
    private final Map<String, String> actualNames = new HashMap<>();

    HandoverSchema(Connection connection) throws SQLException {
        this.connection = connection;
        DatabaseMetaData meta = connection.getMetaData();
        String q = meta.getIdentifierQuoteString();
        this.quote = q == null || q.isBlank() ? "" : q;
        try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                actualNames.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
    }

    /** Every table of the current schema, lower case. */
    Set<String> tableNames() {
        return actualNames.keySet();
    }

    boolean exists(String table) {
        return actualNames.containsKey(table);
    }

    /** The quoted name for SQL. */
    String sqlName(String table) {
        String actual = actualNames.get(table);
        if (actual == null) {
            throw new IllegalStateException("No table " + table + " in the database");
        }
        return quoted(actual);
    }

    String quoted(String identifier) {
        return quote + identifier.replace(quote.isEmpty() ? "\u0000" : quote, quote + quote) + quote;
    }

    List<Column> columns(String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(),
                actualNames.get(table), "%")) {
            while (rs.next()) {
                columns.add(new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getString("COLUMN_NAME"),
                        rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT")), rs.getInt("ORDINAL_POSITION")));
            }
        }
        columns.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return columns;
    }

    List<String> primaryKey(String table) throws SQLException {
        Map<Short, String> key = new java.util.TreeMap<>();
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(connection.getCatalog(), connection.getSchema(),
                actualNames.get(table))) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(key.values());
    }

    /** The tables {@code table} references by foreign keys (itself excluded), lower case. */
    Set<String> referencedTables(String table) throws SQLException {
        Set<String> referenced = new LinkedHashSet<>();
        try (ResultSet rs = connection.getMetaData().getImportedKeys(connection.getCatalog(), connection.getSchema(),
                actualNames.get(table))) {
            while (rs.next()) {
                String other = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (!other.equals(table)) {
                    referenced.add(other);
                }
            }
        }
        return referenced;
    }

    /** The given tables ordered so that every table comes after the tables it references (stable otherwise). */
    List<String> insertOrder(List<String> tables) throws SQLException {
        Map<String, Set<String>> pending = new LinkedHashMap<>();
        for (String table : tables) {
            Set<String> refs = new LinkedHashSet<>(referencedTables(table));
            refs.retainAll(tables);
            pending.put(table, refs);
        }
        List<String> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            String next = pending.entrySet().stream().filter(e -> ordered.containsAll(e.getValue()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Foreign key cycle among " + pending.keySet()));
            ordered.add(next);
            pending.remove(next);
        }
        return ordered;
    }

    long count(String table) throws SQLException {
        return count(table, null);
    }

    /** The rows of {@code table} that {@code condition} selects (a partial table's), or all rows. */
    long count(String table, String condition) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + sqlName(table) + where(condition))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String where(String condition) {
        return condition == null ? "" : " WHERE " + condition;
    }

    /** Flyway's latest successfully applied version. */
    String schemaVersion() throws SQLException {
        String history = sqlName("flyway_schema_history");
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + quoted(actualColumn("flyway_schema_history", "version"))
                     + " FROM " + history + " WHERE " + quoted(actualColumn("flyway_schema_history", "success"))
                     + " = TRUE AND " + quoted(actualColumn("flyway_schema_history", "version")) + " IS NOT NULL")) {
            String latest = null;
            while (rs.next()) {
                String v = rs.getString(1);
                if (latest == null || compareVersions(v, latest) > 0) {
                    latest = v;
                }
            }
            return latest;
        }
    }

    private String actualColumn(String table, String column) throws SQLException {
        return columns(table).stream().filter(c -> c.name().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No column " + column + " in " + table)).actualName();
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    /** One column: lower-case name (the CSV header), the database's own spelling, JDBC and SQL type. */
    record Column(String name, String actualName, int jdbcType, String typeName, int size, boolean nullable,
                  boolean identity, int position) {

        String sqlType() {
            return typeName + (size > 0 && size < Integer.MAX_VALUE && typeName.toUpperCase(Locale.ROOT).contains("CHAR")
                    ? "(" + size + ")" : "");
        }
    }
}
