package cn.duban.ledger;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric target as written in the report ({@code 1.86万亩}) and normalised ({@code 18600 亩}).
 *
 * @param text       as written, e.g. {@code 1.86万亩}
 * @param multiplier 10⁴ for 万, 10⁸ for 亿, otherwise 1; milestones written in the same unit use it too
 * @param value      normalised value, e.g. 18600
 * @param unit       normalised unit, e.g. 亩
 */
public record Target(String text, BigDecimal multiplier, BigDecimal value, String unit) {

    private static final Pattern WRITTEN = Pattern.compile("^([+-]?\\d+(?:\\.\\d+)?)(万|亿)?(.*)$");
    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal YI = new BigDecimal("100000000");

    /**
     * Parses a target as written.
     *
     * @throws IllegalArgumentException with a Chinese reason when it is not a non-negative number followed by a unit
     */
    public static Target parse(String written) {
        String text = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        Matcher matcher = WRITTEN.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("“" + written + "”不是以数字开头的目标值，应写作如“160个”“1.86万亩”“4.5%”");
        }
        BigDecimal number = new BigDecimal(matcher.group(1));
        if (number.signum() < 0) {
            throw new IllegalArgumentException("目标值不能为负数：“" + written + "”");
        }
        String unit = matcher.group(3).strip();
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("目标值“" + written + "”缺少计量单位，应写作如“160个”");
        }
        if (unit.matches(".*\\d.*")) {
            throw new IllegalArgumentException("目标值“" + written + "”的单位中含有数字");
        }
        BigDecimal multiplier = switch (matcher.group(2) == null ? "" : matcher.group(2)) {
            case "万" -> WAN;
            case "亿" -> YI;
            default -> BigDecimal.ONE;
        };
        return new Target(text, multiplier, number.multiply(multiplier).stripTrailingZeros(), unit);
    }

    /** The normalised value in plain notation, e.g. {@code 18600}. */
    public String valueText() {
        return value.toPlainString();
    }
}
