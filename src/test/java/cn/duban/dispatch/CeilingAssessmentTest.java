package cn.duban.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentState;
import cn.duban.ledger.Direction;
import cn.duban.ledger.Kind;
import cn.duban.plan.Baseline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A ceiling (城镇调查失业率控制在5.5%以内) is on track at or below the target and met only when the year's figure is in. */
class CeilingAssessmentTest {

    private static final BigDecimal CEILING = new BigDecimal("5.5");
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
    private final ProgressAssessment assessment = new ProgressAssessment();

    @Test
    void aFigureBelowTheCeilingIsOnTrackButNotYetMetBeforeTheDeadline() {
        ProgressAssessment.Assessment june = assessment.assess(state(Direction.AT_MOST), LocalDate.of(2025, 6, 30),
                new BigDecimal("5.1"), null);

        assertThat(june.behind()).isFalse();
        assertThat(june.targetReached()).isFalse();
        assertThat(june.plannedValue()).isEqualByComparingTo(CEILING);
    }

    @Test
    void aFigureAboveTheCeilingIsBehindAndTheYearsFigureBelowItMeetsTheTarget() {
        ProgressAssessment.Assessment above = assessment.assess(state(Direction.AT_MOST), LocalDate.of(2025, 9, 30),
                new BigDecimal("6.6"), null);
        ProgressAssessment.Assessment december = assessment.assess(state(Direction.AT_MOST), YEAR_END,
                new BigDecimal("5.4"), null);

        assertThat(above.behind()).isTrue();
        assertThat(above.trajectoryRatio()).isLessThan(0.9);
        assertThat(december.targetReached()).isTrue();
    }

    @Test
    void aDecreaseRateIsReadLikeAGrowthRate() {
        ProgressAssessment.Assessment december = assessment.assess(state(Direction.DECREASE), YEAR_END,
                new BigDecimal("5.6"), null);

        assertThat(state(Direction.DECREASE).growth()).isTrue();
        assertThat(december.targetReached()).isTrue();
    }

    private static CommitmentState state(Direction direction) {
        Baseline baseline = new Baseline("2025-00-05", 1, YEAR_END, CEILING,
                List.of(CEILING, CEILING, CEILING, CEILING), List.of(), "台账");
        return new CommitmentState("2025-00-05", "pi", Kind.QUANTITATIVE, direction, "%", "5.5%", YEAR_END, CEILING,
                Optional.of(baseline));
    }
}
