package cn.duban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void textASpreadsheetWouldRunAsAFormulaGetsALeadingQuote() {
        assertThat(Csv.neutralised("=HYPERLINK(\"http://evil.example\",\"点击\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点击\")");
        assertThat(Csv.neutralised("+1+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(Csv.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.neutralised("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(Csv.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.neutralised("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(Csv.neutralised("-5")).isEqualTo("-5");
        assertThat(Csv.neutralised("-0.25")).isEqualTo("-0.25");
        assertThat(Csv.neutralised("-1.0E-4")).isEqualTo("-1.0E-4");
        assertThat(Csv.neutralised("进度=80%")).isEqualTo("进度=80%");
        assertThat(Csv.neutralised("")).isEmpty();
        assertThat(Csv.neutralised(null)).isNull();
    }

    @Test
    void neutralisedCellIsQuotedWhenItHoldsACommaAndReadsBackWithItsQuote() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CsvRecordStream stream = new CsvRecordStream(bytes);
        stream.record(new String[] {"=1,2", "-5", null});
        stream.flush();
        String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(out).hasToString("\"'=1,2\",-5,\r\n");
        assertThat(new Csv.Reader(new StringReader(out)).next()).containsExactly("'=1,2", "-5", "");
    }
}
