package cn.duban.ledger.extract;

import cn.duban.ledger.Direction;

/**
 * A quantitative target found in a report's tasks part.
 *
 * @param sentence  the whole sentence it stands in, NFKC-normalised
 * @param text      the target as written, e.g. {@code 1.86万亩}
 * @param clause    the clause around it, a starting point for a short title
 * @param direction growth when the text reads 增长X%, otherwise at-least
 */
public record ExtractedTarget(String sentence, String text, String clause, Direction direction) {
}
