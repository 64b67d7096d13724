package cn.duban.audit;

import cn.duban.system.Sha256;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * How database values become the text of an export cell, the same in every format: times as
 * {@code 2024-01-12 09:00:00.123} (Beijing time, the engine's), booleans as {@code true}/{@code false}, decimals
 * as written, SQL NULL as null (an empty CSV field, an absent JSON value).
 */
final class Cells {

    static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .toFormatter();

    private Cells() {
    }

    static String render(ResultSet rs, int column, int sqlType) throws SQLException {
        return switch (sqlType) {
            // read as the wall-clock time it is (no Calendar, no zone rules): a fifth of the export's CPU went here
            case Types.TIMESTAMP -> time(rs.getObject(column, LocalDateTime.class));
            case Types.TIMESTAMP_WITH_TIMEZONE -> time(rs.getTimestamp(column));
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rs.getBoolean(column);
                yield rs.wasNull() ? null : Boolean.toString(value);
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                java.math.BigDecimal value = rs.getBigDecimal(column);
                yield value == null ? null : value.toPlainString();
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                double value = rs.getDouble(column);
                yield rs.wasNull() ? null : Double.toString(value);
            }
            case Types.DATE -> {
                java.sql.Date value = rs.getDate(column);
                yield value == null ? null : value.toLocalDate().toString();
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> sha256(rs.getBytes(column));
            default -> rs.getString(column);
        };
    }

    static String time(Timestamp timestamp) {
        return timestamp == null ? null : time(timestamp.toLocalDateTime());
    }

    /** As {@link #TIME} formats it, written by hand: the formatter costs several times more per cell. */
    static String time(LocalDateTime time) {
        if (time == null) {
            return null;
        }
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            return TIME.format(time);
        }
        StringBuilder text = new StringBuilder(29);
        digits(text, year, 4).append('-');
        digits(text, time.getMonthValue(), 2).append('-');
        digits(text, time.getDayOfMonth(), 2).append(' ');
        digits(text, time.getHour(), 2).append(':');
        digits(text, time.getMinute(), 2).append(':');
        digits(text, time.getSecond(), 2);
        int nano = time.getNano();
        if (nano != 0) {
            int width = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                width--;
            }
            digits(text.append('.'), nano, width);
        }
        return text.toString();
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String number = Integer.toString(value);
        for (int i = number.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(number);
    }

    /** Engine date variables are stored as epoch milliseconds. */
    static String epochMillis(long millis) {
        return TIME.format(LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneId.systemDefault()));
    }

    static String sha256(byte[] bytes) {
        return bytes == null ? null : Sha256.hex(bytes);
    }
}
