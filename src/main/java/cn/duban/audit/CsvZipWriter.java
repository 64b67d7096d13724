package cn.duban.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * ZIP of {@code <table>.csv} files, UTF-8 with BOM, so Excel shows Chinese text correctly; two header rows, the Chinese
 * headers and the field names ({@link Manifest#HEADER_ROWS}).
 */
final class CsvZipWriter extends ZipTableWriter {

    private CsvRecordStream writer;

    CsvZipWriter(OutputStream out, int compressionLevel) {
        super(out, compressionLevel);
    }

    @Override
    String extension() {
        return "csv";
    }

    @Override
    void open(OutputStream entry) throws IOException {
        writer = new CsvRecordStream(entry);
        writer.bom();
    }

    @Override
    void close(OutputStream entry) throws IOException {
        writer.flush();
    }

    @Override
    public void header(List<String> columns, List<String> labels) throws IOException {
        // Chinese for the auditor, then the field names for machines: the verifier counts both as header rows
        writer.record(labels);
        writer.record(columns);
    }

    @Override
    public void row(String[] values) throws IOException {
        writer.record(values);
        rows++;
    }
}
