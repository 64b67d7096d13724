package cn.duban.ledger;

import java.math.BigDecimal;

/**
 * The cumulative plan at the end of one quarter: a value in the target's normalised unit for
 * quantitative commitments, a status for the others.
 */
public record Milestone(int quarter, BigDecimal plannedValue, MilestoneStatus plannedStatus) {

    static Milestone ofValue(int quarter, BigDecimal value) {
        return new Milestone(quarter, value, null);
    }

    static Milestone ofStatus(int quarter, MilestoneStatus status) {
        return new Milestone(quarter, null, status);
    }

    /** How the milestone reads in the ledger and in forms: a plain number or a status label. */
    public String display() {
        return plannedValue != null ? plannedValue.stripTrailingZeros().toPlainString() : plannedStatus.label();
    }
}
