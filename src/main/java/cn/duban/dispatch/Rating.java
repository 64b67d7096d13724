package cn.duban.dispatch;

import java.util.Arrays;

/**
 * 红黄绿灯 (and blue, due soon) as the DMN table {@code progressRating} rates a report; the code is what it outputs, the
 * label what a person reads (the {@code ratingLabel} variable, Cockpit's search).
 */
public enum Rating {
    GREEN("green", "绿灯"),
    YELLOW("yellow", "黄灯"),
    RED("red", "红灯"),
    BLUE("blue", "蓝灯");

    private final String code;
    private final String label;

    Rating(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Rating of(String code) {
        return Arrays.stream(values()).filter(rating -> rating.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rating " + code));
    }
}
