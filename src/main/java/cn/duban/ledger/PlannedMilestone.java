package cn.duban.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A quarterly milestone as stored with its commitment. */
@Embeddable
public class PlannedMilestone {

    @Column(nullable = false)
    private int quarter;

    @Column(name = "planned_value", precision = 24, scale = 4)
    private BigDecimal plannedValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "planned_status")
    private MilestoneStatus plannedStatus;

    protected PlannedMilestone() {
    }

    PlannedMilestone(Milestone milestone) {
        this.quarter = milestone.quarter();
        this.plannedValue = milestone.plannedValue();
        this.plannedStatus = milestone.plannedStatus();
    }

    public Milestone toMilestone() {
        return new Milestone(quarter, plannedValue == null ? null : plannedValue.stripTrailingZeros(), plannedStatus);
    }
}
