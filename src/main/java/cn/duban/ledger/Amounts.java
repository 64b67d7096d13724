package cn.duban.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as a person reads them, with their unit: a normalised value written in the magnitude its target was
 * written in ({@code 18600} 亩 against {@code 1.86万亩} reads {@code 1.86万亩}), otherwise in 万 or 亿 once it is
 * that large ({@code 100000000000} 元 reads {@code 1000亿元}). Percentages and small numbers stay as they are.
 */
public final class Amounts {

    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal YI = new BigDecimal("100000000");

    private Amounts() {
    }

    /** The value in the target's own magnitude and unit; falls back to {@link #readable} when the target is not a number. */
    public static String inTermsOf(BigDecimal value, String targetText, String unit) {
        if (value == null) {
            return "";
        }
        if (targetText != null) {
            try {
                Target target = Target.parse(targetText);
                if (target.multiplier().compareTo(BigDecimal.ONE) != 0 && value.abs().multiply(BigDecimal.TEN).compareTo(target.multiplier()) >= 0) {
                    return plain(value.divide(target.multiplier())) + prefix(target.multiplier()) + target.unit();
                }
                return readable(value, target.unit());
            } catch (IllegalArgumentException notANumber) {
                // fall through: the unit alone still tells how to write it
            }
        }
        return readable(value, unit);
    }

    /** {@code 100000000000, 元} reads {@code 1000亿元}; {@code 26000, 人} reads {@code 2.6万人}; {@code 4.5, %} reads {@code 4.5%}. */
    public static String readable(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        String suffix = unit == null ? "" : unit;
        if (suffix.contains("%")) {
            return plain(value) + suffix;
        }
        BigDecimal size = value.abs();
        if (size.compareTo(YI) >= 0) {
            return plain(value.divide(YI)) + "亿" + suffix;
        }
        if (size.compareTo(WAN) >= 0) {
            return plain(value.divide(WAN)) + "万" + suffix;
        }
        return plain(value) + suffix;
    }

    /** A ratio as a percentage with one decimal: {@code 0.8342} reads {@code 83.4%}. */
    public static String percent(BigDecimal ratio) {
        if (ratio == null) {
            return "";
        }
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String prefix(BigDecimal multiplier) {
        return multiplier.compareTo(YI) == 0 ? "亿" : "万";
    }

    /** At most two decimals, no trailing zeros, never scientific notation. */
    private static String plain(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
