package cn.duban.commitment;

import cn.duban.ledger.Amounts;
import cn.duban.ledger.Direction;
import cn.duban.ledger.Kind;
import cn.duban.plan.Baseline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the engine, not a person, decides about one commitment, read from duban's tables by the instance's business
 * key: which commitment it is, its kind and direction, and the baseline in force (the ledger's until a plan is
 * approved). Delegates and listeners read this instead of process variables, which whoever works a task can write.
 */
public record CommitmentState(String commitmentId, String processInstanceId, Kind kind, Direction direction, String unit,
        String targetText, LocalDate ledgerDeadline, BigDecimal ledgerTarget, Optional<Baseline> baseline) {

    /** A value of this commitment as a person reads it, in its target's magnitude and unit ({@code 903亿元}). */
    public String amount(BigDecimal value) {
        return Amounts.inTermsOf(value, targetText, unit);
    }

    public boolean quantitative() {
        return kind == Kind.QUANTITATIVE;
    }

    /** A cumulative amount that never shrinks, as opposed to a growth rate that may fall back. */
    public boolean cumulative() {
        return direction == Direction.AT_LEAST;
    }

    /**
     * A year-to-date figure rather than an amount that adds up: a growth or decrease rate, or a ceiling. Its planned
     * value is the target all year, and whether it is met is known only once the deadline's period is reported.
     */
    public boolean growth() {
        return direction != null && direction != Direction.AT_LEAST;
    }

    /** A ceiling not to exceed (控制在3.5%以内): the lower the figure, the better. */
    public boolean ceiling() {
        return direction == Direction.AT_MOST;
    }

    public LocalDate deadline() {
        return baseline.map(Baseline::deadline).orElse(ledgerDeadline);
    }

    public BigDecimal target() {
        return baseline.map(Baseline::targetValue).orElse(ledgerTarget);
    }

    public Baseline baselineInForce() {
        return baseline.orElseThrow(() -> new IllegalStateException("承诺事项 " + commitmentId + " 尚无经审核的实施方案基线"));
    }
}
