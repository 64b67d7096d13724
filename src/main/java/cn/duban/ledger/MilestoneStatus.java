package cn.duban.ledger;

import java.util.Arrays;
import java.util.Optional;

/** The planned state of a project or qualitative commitment at a quarter end, in the order they happen. */
public enum MilestoneStatus {
    NOT_STARTED("未启动"),
    IN_PROGRESS("推进中"),
    DONE("已完成");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<MilestoneStatus> fromLabel(String label) {
        return Arrays.stream(values()).filter(status -> status.label.equals(label)).findFirst();
    }
}
