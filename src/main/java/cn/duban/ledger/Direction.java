package cn.duban.ledger;

import java.util.Arrays;
import java.util.Optional;

/** How a numeric target is read: an amount to reach, or a growth rate against last year. */
public enum Direction {
    AT_LEAST("at-least", "达到"),
    GROWTH("growth", "增长");

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

    static Optional<Direction> fromCode(String code) {
        return Arrays.stream(values()).filter(direction -> direction.code.equals(code)).findFirst();
    }
}
