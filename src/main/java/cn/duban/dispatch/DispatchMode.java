package cn.duban.dispatch;

/** How often a commitment reports: monthly as a rule, weekly while a task force (专班) drives it. */
public enum DispatchMode {
    MONTHLY("monthly", "月度", "月报"),
    WEEKLY("weekly", "每周", "周报");

    private final String code;
    private final String label;
    private final String reportName;

    DispatchMode(String code, String label, String reportName) {
        this.code = code;
        this.label = label;
        this.reportName = reportName;
    }

    /** What one report of this frequency is called: 月报, 周报. */
    public String reportName() {
        return reportName;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static DispatchMode of(Object code) {
        return WEEKLY.code.equals(code) ? WEEKLY : MONTHLY;
    }
}
