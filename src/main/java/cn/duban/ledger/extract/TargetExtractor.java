package cn.duban.ledger.extract;

import cn.duban.ledger.Direction;
import cn.duban.ledger.ReportText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantitative targets of a report's tasks part: an Arabic number with a unit of count,
 * amount, area, power or percent. Years, anniversaries, ordinals and names such as PM2.5 are not targets.
 */
public final class TargetExtractor {

    private static final Pattern TARGET = Pattern.compile(
            "(?<![A-Za-z0-9.])\\d+(?:\\.\\d+)?(?:万|亿)?(?:人次|平方米|兆瓦|亿元|万元|元|个|家|场|条|处|宗|项|人|户|亩|%)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:。!?、]");

    private TargetExtractor() {
    }

    public static List<ExtractedTarget> extract(ReportText report) {
        List<ExtractedTarget> targets = new ArrayList<>();
        for (String sentence : report.taskSentences()) {
            Matcher matcher = TARGET.matcher(sentence);
            while (matcher.find()) {
                boolean growth = sentence.substring(0, matcher.start()).endsWith("增长");
                targets.add(new ExtractedTarget(sentence, matcher.group(), clause(sentence, matcher.start(), matcher.end()),
                        growth ? Direction.GROWTH : Direction.AT_LEAST));
            }
        }
        return targets;
    }

    private static String clause(String sentence, int start, int end) {
        int from = start;
        while (from > 0 && !CLAUSE_BREAK.matcher(sentence.substring(from - 1, from)).matches()) {
            from--;
        }
        int to = end;
        while (to < sentence.length() && !CLAUSE_BREAK.matcher(sentence.substring(to, to + 1)).matches()) {
            to++;
        }
        return sentence.substring(from, to);
    }
}
