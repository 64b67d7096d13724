package cn.duban.ledger.extract;

import cn.duban.ledger.Kind;

/**
 * A project or qualitative commitment proposed from a report's tasks part: a verb of commitment and its object.
 *
 * @param sentence the sentence it stands in
 * @param title    the clause that says what is promised, e.g. {@code 启动东丽湖体育公园建设}
 * @param kind     project (something built or opened) or qualitative
 * @param from     where the clause starts in {@link SourceText#text()}
 * @param to       where it ends (exclusive)
 */
public record ProposedTask(TaskSentence sentence, String title, Kind kind, int from, int to) {
}
