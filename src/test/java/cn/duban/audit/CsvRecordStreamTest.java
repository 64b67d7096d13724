package cn.duban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvRecordStreamTest {

    /** Characters that matter to CSV, to formulas and to UTF-8 widths: ASCII, Chinese, a surrogate pair, a lone surrogate. */
    private static final String[] PIECES = {"a", "1", "-", "=", "+", "@", "\t", "\r", "\n", ",", "\"", " ", "'", ".", "E",
        "督办", "东丽区", "é", "€", "😀", "\uD83D", "\uDE00", "0.25", "-5"};

    @Test
    void writesExactlyTheBytesOfTheCharacterLevelFormatThroughAUtf8Writer() throws IOException {
        Random random = new Random(20241201);
        List<String[]> records = new ArrayList<>();
        for (int r = 0; r < 20_000; r++) {
            String[] values = new String[1 + random.nextInt(8)];
            for (int i = 0; i < values.length; i++) {
                int kind = random.nextInt(10);
                values[i] = kind == 0 ? null : kind == 1 ? "" : text(random, kind == 2 ? 40_000 : 12);
            }
            records.add(values);
        }

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Writer writer = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
        writer.write(Csv.BOM);
        for (String[] values : records) {
            characterLevelRecord(writer, values);
        }
        writer.close();

        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        CsvRecordStream stream = new CsvRecordStream(actual);
        stream.bom();
        for (String[] values : records) {
            stream.record(values);
        }
        stream.flush();

        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void aValueLargerThanTheBufferIsWrittenWholeAndQuotedWhenItMustBe() throws IOException {
        String big = "督办".repeat(50_000) + ",\"" + "x".repeat(70_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRecordStream stream = new CsvRecordStream(out);
        String plain = "东丽".repeat(40_000);
        stream.record(new String[] {big, plain, "end"});
        stream.flush();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\"" + big.replace("\"", "\"\"") + "\"," + plain + ",end\r\n");
    }

    /** The format as characters, written independently of the class under test: the oracle. */
    private static void characterLevelRecord(Writer out, String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = Csv.neutralised(values[i]);
            if (value != null) {
                boolean quoted = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
                out.write(quoted ? '"' + value.replace("\"", "\"\"") + '"' : value);
            }
        }
        out.write("\r\n");
    }

    private static String text(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(random.nextInt(4) == 0 ? maxPieces : 12);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
