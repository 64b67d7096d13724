package cn.duban.ledger;

import java.util.Arrays;
import java.util.Optional;

/** What kind of promise a commitment is: a number to reach, a project to deliver, or a qualitative task. */
public enum Kind {
    QUANTITATIVE("quantitative", "量化指标"),
    PROJECT("project", "项目建设"),
    QUALITATIVE("qualitative", "定性任务");

    private final String code;
    private final String label;

    Kind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean hasNumericTarget() {
        return this == QUANTITATIVE;
    }

    static Optional<Kind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
