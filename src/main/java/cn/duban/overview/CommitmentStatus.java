package cn.duban.overview;

import cn.duban.commitment.CommitmentProcess;
import java.time.LocalDate;

/** Where a commitment stands: still being worked, verified and closed (办结销号), or past its deadline unfinished. */
public enum CommitmentStatus {
    RUNNING("running", "推进中"),
    CLOSED("closed", "已办结"),
    UNFINISHED("unfinished", "逾期未完成");

    private final String code;
    private final String label;

    CommitmentStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /**
     * Closed when its process ended at 办结销号; unfinished when it ended 逾期未完成, or is still open past the deadline
     * in force; running otherwise. The overview and the commitment page both say it this way.
     *
     * @param endActivity the activity its process ended at, null while it runs
     */
    public static CommitmentStatus of(String endActivity, LocalDate deadline, LocalDate today) {
        if (CommitmentProcess.EVENT_CLOSED.equals(endActivity)) {
            return CLOSED;
        }
        if (CommitmentProcess.EVENT_OVERDUE_UNFINISHED.equals(endActivity) || endActivity == null && deadline.isBefore(today)) {
            return UNFINISHED;
        }
        return RUNNING;
    }
}
