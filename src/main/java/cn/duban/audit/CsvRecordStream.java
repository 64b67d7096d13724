package cn.duban.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@link Csv}'s records as UTF-8 bytes, for the CSV export, the XLSX export's table hashes and the verifier alike: each
 * value encoded once ({@link String#getBytes}, the JDK's intrinsic) and copied into a buffer, quotes found among the
 * bytes — a comma, quote or line break is one byte in UTF-8 and never part of another character. The bytes are those
 * of the format's character-level definition written through a UTF-8 {@code Writer}, as before
 * ({@code CsvRecordStreamTest}).
 */
final class CsvRecordStream {

    private static final byte[] BOM = Csv.BOM.getBytes(StandardCharsets.UTF_8);
    private static final int SIZE = 64 * 1024;

    private final OutputStream out;
    private final byte[] buffer = new byte[SIZE];
    private int used;

    CsvRecordStream(OutputStream out) {
        this.out = out;
    }

    void bom() throws IOException {
        put(BOM, false);
    }

    void record(List<String> values) throws IOException {
        record(values.toArray(String[]::new));
    }

    void record(String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                room(1);
                buffer[used++] = ',';
            }
            String value = Csv.neutralised(values[i]);
            if (value != null && !value.isEmpty()) {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                put(bytes, needsQuotes(bytes));
            }
        }
        room(2);
        buffer[used++] = '\r';
        buffer[used++] = '\n';
    }

    /** Writes what is buffered and flushes the stream; the stream stays open. */
    void flush() throws IOException {
        drain();
        out.flush();
    }

    private void put(byte[] bytes, boolean quoted) throws IOException {
        if (!quoted) {
            if (bytes.length > SIZE) {
                drain();
                out.write(bytes);
                return;
            }
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
            return;
        }
        room(1);
        buffer[used++] = '"';
        for (byte b : bytes) {
            room(2);
            buffer[used++] = b;
            if (b == '"') {
                buffer[used++] = '"';
            }
        }
        room(1);
        buffer[used++] = '"';
    }

    private static boolean needsQuotes(byte[] bytes) {
        for (byte b : bytes) {
            if (b == ',' || b == '"' || b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }

    private void room(int bytes) throws IOException {
        if (used + bytes > SIZE) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
