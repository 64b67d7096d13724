package cn.duban.scorecard;

import cn.duban.system.FormCheck;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The review form's manual adjustments, one per line: {@code <单位代码> <±分值> <理由>}, e.g.
 * {@code gongxin +2 超额完成市级下达的专项任务}. Every problem is reported with its line number.
 */
final class Adjustments {

    static final String FIELD = ScorecardProcess.Vars.ADJUSTMENTS;
    static final String LABEL = "分值调整";
    private static final int MIN_REASON = 4;

    record Adjustment(BigDecimal points, String reason) {
    }

    private Adjustments() {
    }

    static Map<String, Adjustment> parse(String text, Set<String> bureaus, BigDecimal max, FormCheck check) {
        Map<String, Adjustment> adjustments = new LinkedHashMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "第" + (i + 1) + "行";
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3 || parts[2].strip().length() < MIN_REASON) {
                check.problem(FIELD, LABEL, where + "应为「单位代码 ±分值 理由」，理由不少于" + MIN_REASON + "个字");
                continue;
            }
            if (!bureaus.contains(parts[0])) {
                check.problem(FIELD, LABEL, where + "单位代码 " + parts[0] + " 不在本期成绩单中");
                continue;
            }
            BigDecimal points;
            try {
                points = new BigDecimal(parts[1].startsWith("+") ? parts[1].substring(1) : parts[1]);
            } catch (NumberFormatException e) {
                check.problem(FIELD, LABEL, where + "分值 " + parts[1] + " 不是数字");
                continue;
            }
            if (points.signum() == 0 || points.abs().compareTo(max) > 0 || points.scale() > 2) {
                check.problem(FIELD, LABEL, where + "分值须为非零且不超过±" + max.toPlainString() + "分（至多两位小数）");
                continue;
            }
            if (adjustments.put(parts[0], new Adjustment(points, parts[2].strip())) != null) {
                check.problem(FIELD, LABEL, where + "单位 " + parts[0] + " 重复调整");
            }
        }
        return adjustments;
    }
}
