package cn.duban.ledger.extract;

import cn.duban.ledger.Direction;
import java.math.BigDecimal;

/**
 * A quantitative target found in a report's tasks part.
 *
 * @param sentence  the sentence it stands in
 * @param written   the target as the report writes it, qualifiers included ({@code 300余公里}, {@code 两所})
 * @param text      the target as a ledger writes it: Arabic number, 万/亿, unit ({@code 300公里}, {@code 2所})
 * @param value     the normalised value ({@code 300}, {@code 18600} for 1.86万亩)
 * @param unit      the normalised unit ({@code 公里}, {@code 亩})
 * @param qualifier what the report adds to the number: 余, 以上, 左右, 以内, 各 …, or empty
 * @param direction at-least, growth (增长X%), decrease (下降X%) or at-most (控制在…以内)
 * @param clause    the clause around it, a starting point for a short title
 * @param from      where the written target starts in {@link SourceText#text()}
 * @param to        where it ends (exclusive)
 */
public record ExtractedTarget(TaskSentence sentence, String written, String text, BigDecimal value, String unit,
        String qualifier, Direction direction, String clause, int from, int to) {
}
