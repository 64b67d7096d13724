package cn.duban.dispatch;

/** How often a commitment reports: monthly as a rule, weekly while a task force (专班) drives it. */
public enum DispatchMode {
    MONTHLY("monthly", "月度"),
    WEEKLY("weekly", "每周");

    private final String code;
    private final String label;

    DispatchMode(String code, String label) {
        this.code = code;
        this.label = label;
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
