package cn.duban.ledger.extract;

import cn.duban.ledger.Section;

/**
 * One sentence of a report's tasks part.
 *
 * @param section the task area it belongs to, from the tasks part's own headings
 * @param from    where it starts in {@link SourceText#text()}
 * @param to      where it ends (exclusive)
 * @param text    the compared text (half-width, simplified)
 */
public record TaskSentence(Section section, int from, int to, String text) {
}
