package cn.duban.ledger;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a numeric target is read: an amount to reach, a growth or decrease rate against last year (增长5%, 下降15%),
 * or a ceiling not to exceed (控制在3.5%以内).
 */
public enum Direction {
    AT_LEAST("at-least", "达到"),
    GROWTH("growth", "增长"),
    DECREASE("decrease", "下降"),
    AT_MOST("at-most", "控制在");

    private final String code;
    private final String label;

    Direction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** A year-to-date rate (增长, 下降): known for the year only once the deadline's period is reported. */
    public boolean rate() {
        return this == GROWTH || this == DECREASE;
    }

    static Optional<Direction> fromCode(String code) {
        return Arrays.stream(values()).filter(direction -> direction.code.equals(code)).findFirst();
    }
}
