package cn.duban.audit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** ZIP of {@code <table>.jsonl} files: one JSON object per row, keys the column names, values text or null. */
final class JsonLinesZipWriter extends ZipTableWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonGenerator generator;
    private String[] columns;

    JsonLinesZipWriter(OutputStream out, int compressionLevel) {
        super(out, compressionLevel);
    }

    @Override
    String extension() {
        return "jsonl";
    }

    @Override
    void open(OutputStream entry) throws IOException {
        generator = FACTORY.createGenerator(entry, JsonEncoding.UTF8);
        // one object per line: the root separator is the line break
        generator.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    }

    @Override
    void close(OutputStream entry) throws IOException {
        if (rows > 0) {
            generator.writeRaw('\n');
        }
        generator.close();
    }

    @Override
    public void header(List<String> columns, List<String> labels) {
        this.columns = columns.toArray(String[]::new);
    }

    @Override
    public void row(String[] values) throws IOException {
        generator.writeStartObject();
        for (int i = 0; i < columns.length; i++) {
            generator.writeStringField(columns[i], values[i]);
        }
        generator.writeEndObject();
        rows++;
    }
}
