package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void writesAValueInItsTargetsMagnitude() {
        assertThat(Amounts.inTermsOf(new BigDecimal("18600.0000"), "1.86万亩", "亩")).isEqualTo("1.86万亩");
        assertThat(Amounts.inTermsOf(new BigDecimal("9300"), "1.86万亩", "亩")).isEqualTo("0.93万亩");
        assertThat(Amounts.inTermsOf(new BigDecimal("100000000000"), "1000亿元", "元")).isEqualTo("1000亿元");
        assertThat(Amounts.inTermsOf(new BigDecimal("160"), "160个", "个")).isEqualTo("160个");
        assertThat(Amounts.inTermsOf(new BigDecimal("4.50"), "4.5%", "%")).isEqualTo("4.5%");
    }

    @Test
    void smallValuesOfALargeTargetStayPlain() {
        assertThat(Amounts.inTermsOf(new BigDecimal("500"), "1.86万亩", "亩")).isEqualTo("500亩");
        assertThat(Amounts.inTermsOf(BigDecimal.ZERO, "1000亿元", "元")).isEqualTo("0元");
    }

    @Test
    void largeNumbersWithoutATargetReadInWanOrYi() {
        assertThat(Amounts.readable(new BigDecimal("100000000000"), "元")).isEqualTo("1000亿元");
        assertThat(Amounts.readable(new BigDecimal("26000"), "人")).isEqualTo("2.6万人");
        assertThat(Amounts.readable(new BigDecimal("9999"), "人")).isEqualTo("9999人");
        assertThat(Amounts.readable(new BigDecimal("123456789"), "元")).isEqualTo("1.23亿元");
        assertThat(Amounts.inTermsOf(new BigDecimal("52000"), null, "平方米")).isEqualTo("5.2万平方米");
    }

    @Test
    void ratiosReadAsPercentages() {
        assertThat(Amounts.percent(new BigDecimal("0.8342"))).isEqualTo("83.4%");
        assertThat(Amounts.percent(new BigDecimal("1.25"))).isEqualTo("125.0%");
        assertThat(Amounts.percent(null)).isEmpty();
    }
}
