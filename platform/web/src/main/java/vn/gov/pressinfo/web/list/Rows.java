package vn.gov.pressinfo.web.list;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The current row of a list read, by column label, in the types response records use. A thin layer over
 * {@link ResultSet}: the JDBC driver's own conversions, plus the few a record needs (Instant, enums, text arrays).
 */
public final class Rows {

    private final ResultSet rs;

    Rows(ResultSet rs) {
        this.rs = rs;
    }

    public String string(String column) throws SQLException {
        return rs.getString(column);
    }

    public UUID uuid(String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public Instant instant(String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public LocalDate date(String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public long int8(String column) throws SQLException {
        return rs.getLong(column);
    }

    public int int4(String column) throws SQLException {
        return rs.getInt(column);
    }

    /** An integer column that may be null. */
    public Integer int4OrNull(String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** A bigint column that may be null. */
    public Long int8OrNull(String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public boolean bool(String column) throws SQLException {
        return rs.getBoolean(column);
    }

    /** A boolean column that may be null. */
    public Boolean boolOrNull(String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    /** A column holding an enum constant's name (Hibernate's {@code EnumType.STRING}); null stays null. */
    public <E extends Enum<E>> E enumOf(Class<E> type, String column) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A {@code text[]} column; null reads as an empty list. */
    public List<String> strings(String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** The result set itself, for what the methods above do not cover. */
    public ResultSet resultSet() {
        return rs;
    }
}
