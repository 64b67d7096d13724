package cn.duban.overview;

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
}
