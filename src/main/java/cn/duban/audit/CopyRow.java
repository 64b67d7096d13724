package cn.duban.audit;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * One row of PostgreSQL's {@code COPY … TO STDOUT} in its text format: fields separated by tabs, {@code \N} for
 * NULL, backslash escapes for backslash, tab, newline and the other control characters, UTF-8 (the JDBC driver's
 * client encoding).
 */
final class CopyRow implements ExportRow {

    private final Layout layout;
    private final String[] fields;

    private CopyRow(Layout layout, String[] fields) {
        this.layout = layout;
        this.fields = fields;
    }

    /** @param columns how many fields the row has: every column of the select, helpers included */
    static CopyRow parse(byte[] line, int columns, Layout layout) {
        String[] fields = new String[columns];
        int end = line.length;
        if (end > 0 && line[end - 1] == '\n') {
            end--;
        }
        int field = 0;
        int start = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || line[i] == '\t') {
                if (field == columns) {
                    throw new IllegalStateException("COPY 行的字段多于查询的 " + columns + " 列");
                }
                fields[field++] = field(line, start, i);
                start = i + 1;
            }
        }
        if (field != columns) {
            throw new IllegalStateException("COPY 行有 " + field + " 个字段，查询有 " + columns + " 列");
        }
        return new CopyRow(layout, fields);
    }

    private static String field(byte[] line, int start, int end) {
        if (end - start == 2 && line[start] == '\\' && line[start + 1] == 'N') {
            return null;
        }
        int backslash = -1;
        for (int i = start; i < end; i++) {
            if (line[i] == '\\') {
                backslash = i;
                break;
            }
        }
        if (backslash < 0) {
            return new String(line, start, end - start, StandardCharsets.UTF_8);
        }
        byte[] bytes = new byte[end - start];
        int length = backslash - start;
        System.arraycopy(line, start, bytes, 0, length);
        for (int i = backslash; i < end; i++) {
            byte b = line[i];
            if (b != '\\' || i + 1 == end) {
                bytes[length++] = b;
                continue;
            }
            byte next = line[++i];
            switch (next) {
                case 'b' -> bytes[length++] = '\b';
                case 'f' -> bytes[length++] = '\f';
                case 'n' -> bytes[length++] = '\n';
                case 'r' -> bytes[length++] = '\r';
                case 't' -> bytes[length++] = '\t';
                case 'v' -> bytes[length++] = 0x0b;
                case 'x' -> {
                    int value = 0;
                    int digits = 0;
                    while (digits < 2 && i + 1 < end && Character.digit(line[i + 1], 16) >= 0) {
                        value = value * 16 + Character.digit(line[++i], 16);
                        digits++;
                    }
                    bytes[length++] = digits == 0 ? (byte) 'x' : (byte) value;
                }
                default -> {
                    if (next >= '0' && next <= '7') {
                        int value = next - '0';
                        for (int digits = 1; digits < 3 && i + 1 < end && line[i + 1] >= '0' && line[i + 1] <= '7'; digits++) {
                            value = value * 8 + (line[++i] - '0');
                        }
                        bytes[length++] = (byte) value;
                    } else {
                        bytes[length++] = next;
                    }
                }
            }
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private String field(String label) {
        return fields[layout.position(label) - 1];
    }

    @Override
    public String text(String label) {
        return field(label);
    }

    @Override
    public Long whole(String label) {
        String text = field(label);
        return text == null ? null : Long.valueOf(text);
    }

    @Override
    public Double real(String label) {
        String text = field(label);
        return text == null ? null : Double.valueOf(text);
    }

    @Override
    public byte[] bytes(String label) {
        String text = field(label);
        return text == null ? null : Cells.byteaHex(text);
    }

    @Override
    public LocalDateTime time(String label) {
        String text = field(label);
        return text == null ? null : Cells.parseTime(text);
    }

    @Override
    public String cell(int column, int sqlType) throws SQLException {
        return Cells.fromText(fields[column - 1], sqlType);
    }
}
