package cn.duban.scorecard;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** config/scorecard.yaml is refused at start-up with a Chinese message naming the file and the key. */
class ScorecardPropertiesTest {

    private static final ScorecardProperties SHIPPED = ScorecardFixtures.SHIPPED;

    @Test
    void weightsThatDoNotAddUpToOneAreRefusedNamingTheFileAndTheSum() {
        assertThatThrownBy(() -> new ScorecardProperties.Weights(new BigDecimal("0.5"), new BigDecimal("0.3"),
                new BigDecimal("0.4")))
                .hasMessageContaining("config/scorecard.yaml").hasMessageContaining("duban.scorecard.weights")
                .hasMessageContaining("1.2");
    }

    @Test
    void aMissingOrNegativeValueIsRefusedNamingItsKey() {
        assertThatThrownBy(() -> new ScorecardProperties.Weights(new BigDecimal("0.5"), null, new BigDecimal("0.5")))
                .hasMessageContaining("duban.scorecard.weights.trajectory 未配置");
        assertThatThrownBy(() -> new ScorecardProperties.Points(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN,
                BigDecimal.TEN, new BigDecimal("-1")))
                .hasMessageContaining("duban.scorecard.points.overdue-day 不得为负");
    }

    @Test
    void aTrajectoryCeilingBelowOneOrAboveTenIsRefused() {
        for (String ceiling : new String[] {"0.9", "10.5"}) {
            assertThatThrownBy(() -> new ScorecardProperties(SHIPPED.cron(), 3, 3, BigDecimal.ONE, new BigDecimal(ceiling),
                    SHIPPED.weights(), SHIPPED.points()))
                    .hasMessageContaining("config/scorecard.yaml").hasMessageContaining("duban.scorecard.trajectory-ceiling")
                    .hasMessageContaining(ceiling);
        }
        assertThatThrownBy(() -> new ScorecardProperties(SHIPPED.cron(), 3, 3, BigDecimal.ONE, null, SHIPPED.weights(),
                SHIPPED.points()))
                .hasMessageContaining("trajectory-ceiling");
    }
}
