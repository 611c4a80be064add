package jp.musubi.cms.handover;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * How a column's value is written into the CSV and read back: ISO-8601 times, base64 binaries,
 * {@code true}/{@code false}; SQL NULL is the field with no value at all (not even quotes).
 */
final class HandoverValues {

    private HandoverValues() {
    }

    enum Kind { OFFSET_TIMESTAMP, TIMESTAMP, DATE, TIME, BINARY, BOOLEAN, INTEGER, DECIMAL, FLOAT, UUID, TEXT }

    static Kind kind(HandoverSchema.Column column) {
        String type = column.typeName().toUpperCase(Locale.ROOT);
        if (type.equals("UUID")) {
            return Kind.UUID;
        }
        if (column.jdbcType() == Types.TIMESTAMP_WITH_TIMEZONE || type.contains("WITH TIME ZONE")
                || type.equals("TIMESTAMPTZ")) {
            return Kind.OFFSET_TIMESTAMP;
        }
        return switch (column.jdbcType()) {
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.DATE -> Kind.DATE;
            case Types.TIME -> Kind.TIME;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.INTEGER;
            case Types.DECIMAL, Types.NUMERIC -> Kind.DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.FLOAT;
            default -> Kind.TEXT;
        };
    }

    /** The CSV text of column {@code index} of the current row, or null for SQL NULL. */
    static String read(ResultSet rs, int index, Kind kind) throws SQLException {
        String text = switch (kind) {
            case OFFSET_TIMESTAMP -> format(rs.getObject(index, OffsetDateTime.class), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case TIMESTAMP -> format(rs.getObject(index, LocalDateTime.class), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            case DATE -> format(rs.getObject(index, LocalDate.class), DateTimeFormatter.ISO_LOCAL_DATE);
            case TIME -> format(rs.getObject(index, LocalTime.class), DateTimeFormatter.ISO_LOCAL_TIME);
            case BINARY -> {
                byte[] bytes = rs.getBytes(index);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(index);
                yield rs.wasNull() ? null : Boolean.toString(value);
            }
            case DECIMAL -> {
                BigDecimal value = rs.getBigDecimal(index);
                yield value == null ? null : value.toPlainString();
            }
            default -> rs.getString(index);
        };
        return rs.wasNull() ? null : text;
    }

    static void bind(PreparedStatement ps, int index, Kind kind, int jdbcType, String text) throws SQLException {
        if (text == null) {
            ps.setNull(index, jdbcType);
            return;
        }
        switch (kind) {
            case OFFSET_TIMESTAMP -> ps.setObject(index, OffsetDateTime.parse(text));
            case TIMESTAMP -> ps.setObject(index, LocalDateTime.parse(text));
            case DATE -> ps.setObject(index, LocalDate.parse(text));
            case TIME -> ps.setObject(index, LocalTime.parse(text));
            case BINARY -> ps.setBytes(index, Base64.getDecoder().decode(text));
            case BOOLEAN -> ps.setBoolean(index, Boolean.parseBoolean(text));
            case INTEGER -> ps.setLong(index, Long.parseLong(text));
            case DECIMAL -> ps.setBigDecimal(index, new BigDecimal(text));
            case FLOAT -> ps.setDouble(index, Double.parseDouble(text));
            case UUID -> ps.setObject(index, java.util.UUID.fromString(text));
            default -> ps.setString(index, text);
        }
    }

    /** How the README describes a column's CSV form. */
    static String documented(Kind kind) {
        return HandoverTexts.TEXTS.get("handover.readme.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    private static String format(java.time.temporal.TemporalAccessor value, DateTimeFormatter formatter) {
        return value == null ? null : formatter.format(value);
    }
}
