package cn.duban.audit;

import java.io.IOException;
import java.io.OutputStream;

/** Writes the tables of one export in one format, then its manifest. Tables come one after another, rows streamed. */
interface ExportWriter extends KeysetReader.TableSink {

    void beginTable(ExportTable table) throws IOException;

    /** Ends the current table: its manifest entry (file or sheet name, rows, SHA-256). */
    Manifest.Entry endTable() throws IOException;

    /**
     * Adds a file as it is (an evidence file) beside the tables, under {@code path}: its manifest entry, or nothing
     * where the format holds tables only (XLSX lists the files' hashes in its 佐证材料 sheet instead).
     */
    default java.util.Optional<Manifest.Entry> attachment(String path, String title, byte[] content) throws IOException {
        return java.util.Optional.empty();
    }

    /** Writes the manifest and completes the output; does not close the underlying stream. */
    void finish(Manifest manifest) throws IOException;

    static ExportWriter of(ExportFormat format, OutputStream out, int compressionLevel) {
        return switch (format) {
            case CSV -> new CsvZipWriter(out, compressionLevel);
            case JSONL -> new JsonLinesZipWriter(out, compressionLevel);
            case XLSX -> new XlsxWriter(out, compressionLevel);
        };
    }
}
