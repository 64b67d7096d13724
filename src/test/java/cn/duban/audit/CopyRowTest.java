package cn.duban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopyRowTest {

    private static byte[] line(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fieldsAreSplitAtTabsAndUnescapedAsPostgresqlWritesThem() throws Exception {
        CopyRow row = CopyRow.parse(line("甲\\t乙\\n丙\\r\\\\\t\\N\t\t\\\\N\t\\101\\x42\\b\\f\\v"), 5, null);
        assertThat(row.cell(1, Types.VARCHAR)).isEqualTo("甲\t乙\n丙\r\\");
        assertThat(row.cell(2, Types.VARCHAR)).isNull();
        assertThat(row.cell(3, Types.VARCHAR)).isEmpty();
        assertThat(row.cell(4, Types.VARCHAR)).isEqualTo("\\N");
        assertThat(row.cell(5, Types.VARCHAR)).isEqualTo("AB\b\f\u000b");
    }

    @Test
    void aRowWithMoreOrFewerFieldsThanTheSelectIsRefused() {
        assertThatThrownBy(() -> CopyRow.parse(line("a\tb\tc"), 2, null)).hasMessageContaining("多于");
        assertThatThrownBy(() -> CopyRow.parse(line("a"), 2, null)).hasMessageContaining("1 个字段");
    }

    @Test
    void typedTextIsRenderedAsTheCursorRendersIt() {
        assertThat(Cells.fromText("t", Types.BIT)).isEqualTo("true");
        assertThat(Cells.fromText("f", Types.BOOLEAN)).isEqualTo("false");
        assertThat(Cells.fromText("3", Types.DOUBLE)).isEqualTo("3.0");
        assertThat(Cells.fromText("1e+20", Types.DOUBLE)).isEqualTo("1.0E20");
        assertThat(Cells.fromText("12.5000", Types.NUMERIC)).isEqualTo("12.5000");
        assertThat(Cells.fromText("\\x616263", Types.BINARY)).isEqualTo(Cells.sha256("abc".getBytes(StandardCharsets.UTF_8)));
        assertThat(Cells.fromText(null, Types.TIMESTAMP)).isNull();
    }

    @Test
    void timesInPostgresqlsIsoTextAreTheTextOfTheCursorsTimes() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime time = LocalDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000) * 1000);
            String text = Cells.time(time);
            assertThat(Cells.isoTime(text)).as(text).isTrue();
            assertThat(Cells.fromText(text, Types.TIMESTAMP)).isEqualTo(text);
            assertThat(Cells.parseTime(text)).isEqualTo(time);
        }
        // not in the form duban writes: parsed and written again
        assertThat(Cells.fromText("2024-01-12 09:00:00.120", Types.TIMESTAMP)).isEqualTo("2024-01-12 09:00:00.12");
        assertThat(Cells.isoTime("2024-01-12T09:00:00")).isFalse();
    }
}
