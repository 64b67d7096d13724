package cn.duban.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV as Excel reads it: CRLF line ends, fields quoted when they hold a comma, quote or line break (written
 * by {@link CsvRecordStream}). A text that a spreadsheet would run as a formula is written with a leading {@code '}
 * (see {@link #neutralised}).
 */
final class Csv {

    /** UTF-8 byte order mark: without it Excel reads Chinese CSV as the system code page. */
    static final String BOM = "\uFEFF";

    /** First characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?");

    private Csv() {
    }

    /**
     * OWASP's defence against CSV injection: a cell starting with {@code = + - @}, tab or carriage return gets a
     * leading single quote, so Excel and LibreOffice show it as text instead of evaluating it. A plain decimal
     * number ({@code -5}, {@code -0.25}, {@code -1.0E-4}) is left as it is: it cannot call anything, and numeric
     * columns must stay numbers. JSON Lines and XLSX (text cells) are not affected.
     */
    static String neutralised(String value) {
        if (value == null || value.isEmpty() || FORMULA_START.indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    /** Reads CSV records one at a time from a reader positioned after the BOM. */
    static final class Reader {
        private final java.io.Reader in;
        private int next;

        Reader(java.io.Reader in) throws IOException {
            this.in = in;
            this.next = in.read();
        }

        /** @return the next record's fields, or null at the end */
        List<String> next() throws IOException {
            if (next == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                int c = next;
                next = in.read();
                if (quoted) {
                    if (c == -1) {
                        fields.add(field.toString());
                        return fields;
                    } else if (c == '"' && next == '"') {
                        field.append('"');
                        next = in.read();
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && next == '\n') {
                    next = in.read();
                    fields.add(field.toString());
                    return fields;
                } else if (c == '\n' || c == -1) {
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
            }
        }
    }
}
