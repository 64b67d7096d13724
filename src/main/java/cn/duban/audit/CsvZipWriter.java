package cn.duban.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * ZIP of {@code <table>.csv} files, UTF-8 with BOM, so Excel shows Chinese text correctly; two header rows, the Chinese
 * headers and the field names ({@link Manifest#HEADER_ROWS}).
 */
final class CsvZipWriter extends ZipTableWriter {

    private BufferedWriter writer;

    CsvZipWriter(OutputStream out, int compressionLevel) {
        super(out, compressionLevel);
    }

    @Override
    String extension() {
        return "csv";
    }

    @Override
    void open(OutputStream entry) throws IOException {
        writer = new BufferedWriter(new OutputStreamWriter(entry, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(Csv.BOM);
    }

    @Override
    void close(OutputStream entry) throws IOException {
        writer.close();
    }

    @Override
    public void header(List<String> columns, List<String> labels) throws IOException {
        // Chinese for the auditor, then the field names for machines: the verifier counts both as header rows
        Csv.record(writer, labels);
        Csv.record(writer, columns);
    }

    @Override
    public void row(String[] values) throws IOException {
        Csv.record(writer, values);
        rows++;
    }
}
