package cn.duban.audit;

import cn.duban.system.Sha256;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The archive formats: one ZIP entry per table, hashed as it is written, and {@code manifest.json} last. */
abstract class ZipTableWriter implements ExportWriter {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ZipOutputStream zip;
    private MessageDigest digest;
    private ExportTable table;
    private String fileName;
    protected long rows;

    ZipTableWriter(OutputStream out, int compressionLevel) {
        this.zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
        zip.setLevel(compressionLevel);
    }

    abstract String extension();

    /** Starts writing the table's file to {@code entry}, which hashes everything written to it. */
    abstract void open(OutputStream entry) throws IOException;

    /** Flushes what {@link #open} buffers; must not close the entry stream. */
    abstract void close(OutputStream entry) throws IOException;

    @Override
    public void beginTable(ExportTable table) throws IOException {
        this.table = table;
        this.fileName = table.name() + "." + extension();
        this.rows = 0;
        this.digest = Sha256.digest();
        zip.putNextEntry(new ZipEntry(fileName));
        open(new DigestOutputStream(new KeepOpen(zip), digest));
    }

    @Override
    public Manifest.Entry endTable() throws IOException {
        close(null);
        zip.closeEntry();
        return new Manifest.Entry(fileName, table.name(), table.title(), table.timeLabel(), rows,
                HexFormat.of().formatHex(digest.digest()));
    }

    /** An evidence file, written and hashed as it is; the manifest counts it as one row. */
    @Override
    public java.util.Optional<Manifest.Entry> attachment(String path, String title, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
        return java.util.Optional.of(new Manifest.Entry(path, Manifest.EVIDENCE_TABLE, title, "", 1, Sha256.hex(content)));
    }

    @Override
    public void finish(Manifest manifest) throws IOException {
        zip.putNextEntry(new ZipEntry(Manifest.FILE_NAME));
        JSON.writeValue(new KeepOpen(zip), manifest);
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** Lets a writer close its own layers without closing the ZIP stream under them. */
    static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
