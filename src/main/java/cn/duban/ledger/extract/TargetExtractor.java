package cn.duban.ledger.extract;

import cn.duban.ledger.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantitative targets of a report's tasks part: a number (Arabic, or a small Chinese numeral after a verb
 * of building: 新建两所学校, 实施十大工程) with a unit of count, amount, length, area, weight, power or percent, and
 * the qualifiers around it (余, 以上, 左右, 以内, 各, 分别…、…). Years, anniversaries, ordinals and names such as
 * PM2.5 are not targets.
 */
public final class TargetExtractor {

    private static final List<String> UNITS = List.of(
            "个百分点", "百分点", "标准箱", "平方公里", "平方千米", "平方米", "立方米", "千瓦时", "千瓦", "兆瓦", "吉瓦", "公里",
            "千米", "公顷", "微克/立方米", "亿美元", "万美元", "美元", "亿元", "万元", "元", "人次", "头", "担", "群", "只", "吨", "亩", "户",
            "人", "个", "家", "场", "条", "处", "宗", "项", "所", "座", "套", "部", "栋", "幢", "辆", "台", "张", "批", "间",
            "件", "名", "篇", "种", "款", "支", "艘", "架", "株", "棵", "盏", "米", "次", "天", "倍", "列", "斤", "公斤", "%", "‰");
    private static final String UNIT = String.join("|", UNITS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());
    private static final Pattern ARABIC = Pattern.compile(
            "(?<![A-Za-z0-9.\\-第])(?<number>\\d+(?:\\.\\d+)?)(?<approx>余|多)?(?<magnitude>万亿|万|亿)?(?<approx2>余|多)?"
                    + "(?<unit>" + UNIT + ")(?![A-Za-z0-9])(?<post>以上|左右|以内|以下|之内)?");
    private static final String BUILDING_VERBS = "新建|建成|建设|新增|改造|打造|实施|开工|培育|引进|新开|完成|创建|改扩建|"
            + "增加|开展|组建|新改建|认定|争创|举办|办好|启动|推出|建好|新办|开设|设立";
    private static final Pattern CHINESE = Pattern.compile(
            "(?<=" + BUILDING_VERBS + "|和|及|、)(?<number>[一二两三四五六七八九十百千]{1,4})(?:"
                    + "(?<unit>所|座|个|家|条|项|处|套|部|台|辆|批|张|栋|幢|场|支)|(?<big>大)(?=工程|行动|项目|产业|攻坚|民生|重点|板块|计划|专项))");
    /** 各5000亩, 各新增5000亩 (each), but not 各类, 各项, 各级 … */
    private static final Pattern EACH = Pattern.compile("(各|每|均)(?!类|项|级|地|方面|位|种|界|部门|区|街|镇|族|自|有)[^各]{0,8}$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:。!?;，；：]");
    private static final Pattern SEGMENT_BREAK = Pattern.compile("[,;:。!?、;，；：]");
    private static final Pattern CEILING_BEFORE = Pattern.compile(
            "(控制在|不超过|不高于|低于|降至|降到|压减至|压减到|压缩至|压缩到|缩短至|缩短到|减少到|减少至|涨幅|失业率)$");
    private static final Pattern RATE_CUE = Pattern.compile("增长|增速|提高|上升|增加|提升|下降|降低|减少|压减|压缩|缩减|缩短");
    private static final Pattern GAP_FILLER = Pattern.compile("分别|各|均|约|达|了|、|和|及|以上|左右|以内|余");
    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal YI = new BigDecimal("100000000");

    private TargetExtractor() {
    }

    /** The targets of the report's tasks part, in report order. */
    public static List<ExtractedTarget> extract(ReportStructure report) {
        List<ExtractedTarget> targets = new ArrayList<>();
        for (TaskSentence sentence : report.sentences()) {
            targets.addAll(inSentence(sentence));
        }
        return targets;
    }

    public static List<ExtractedTarget> extract(String report) {
        return extract(ReportStructure.of(SourceText.of(report)));
    }

    static List<ExtractedTarget> inSentence(TaskSentence sentence) {
        String text = sentence.text();
        List<ExtractedTarget> found = new ArrayList<>();
        Matcher arabic = ARABIC.matcher(text);
        while (arabic.find()) {
            String magnitude = arabic.group("magnitude") == null ? "" : arabic.group("magnitude");
            BigDecimal number = new BigDecimal(arabic.group("number"));
            BigDecimal value = number.multiply(switch (magnitude) {
                case "万" -> WAN;
                case "亿" -> YI;
                case "万亿" -> WAN.multiply(YI);
                default -> BigDecimal.ONE;
            }).stripTrailingZeros();
            String unit = arabic.group("unit");
            String approx = arabic.group("approx") != null ? arabic.group("approx") : arabic.group("approx2");
            String post = arabic.group("post");
            found.add(target(sentence, found, arabic.start(), arabic.end(), arabic.group("number") + magnitude + unit,
                    value, unit, approx, post));
        }
        Matcher chinese = CHINESE.matcher(text);
        while (chinese.find()) {
            OptionalInt number = ChineseNumber.parse(chinese.group("number"));
            // 一批, 一个: a figure of speech, not a count
            if (number.isEmpty() || number.getAsInt() < 2 || overlaps(found, chinese.start())) {
                continue;
            }
            // 新建两所学校和三座桥梁: after 和, 及 or 、 only as the next item of a list of counts
            if ("和及、".indexOf(text.charAt(chinese.start() - 1)) >= 0 && !countBefore(found, text, chinese.start())) {
                continue;
            }
            String unit = chinese.group("big") != null ? "项" : chinese.group("unit");
            found.add(target(sentence, found, chinese.start(), chinese.end(), number.getAsInt() + unit,
                    BigDecimal.valueOf(number.getAsInt()), unit, null, null));
        }
        found.sort(Comparator.comparingInt(ExtractedTarget::from));
        return found;
    }

    private static boolean countBefore(List<ExtractedTarget> found, String text, int at) {
        int clause = clauseStart(text, at);
        return found.stream().anyMatch(target -> {
            int start = target.from() - target.sentence().from();
            return start >= clause && start < at;
        });
    }

    private static boolean overlaps(List<ExtractedTarget> found, int at) {
        return found.stream().anyMatch(target -> target.from() - target.sentence().from() <= at
                && at < target.to() - target.sentence().from());
    }

    private static ExtractedTarget target(TaskSentence sentence, List<ExtractedTarget> before, int start, int end,
            String text, BigDecimal value, String unit, String approx, String post) {
        String s = sentence.text();
        String prefix = s.substring(0, start);
        StringBuilder qualifier = new StringBuilder();
        Matcher each = EACH.matcher(prefix.substring(clauseStart(prefix, prefix.length())));
        if (each.find()) {
            qualifier.append(each.group(1));
        }
        if (approx != null) {
            qualifier.append(approx);
        }
        if (post != null) {
            qualifier.append(post);
        }
        Direction direction = direction(s, before, start, unit, post);
        int offset = sentence.from();
        return new ExtractedTarget(sentence, s.substring(start, end), text, value, unit, qualifier.toString(), direction,
                clause(s, start, end), offset + start, offset + end);
    }

    private static Direction direction(String sentence, List<ExtractedTarget> before, int start, String unit, String post) {
        String clause = sentence.substring(clauseStart(sentence, start), start);
        if ("以内".equals(post) || "以下".equals(post) || "之内".equals(post)
                || CEILING_BEFORE.matcher(clause.replaceAll("(分别|各|均)$", "")).find()) {
            return Direction.AT_MOST;
        }
        boolean rate = unit.equals("%") || unit.endsWith("百分点") || unit.equals("‰");
        if (!rate) {
            return Direction.AT_LEAST;
        }
        Matcher cue = RATE_CUE.matcher(clause);
        String last = null;
        int lastEnd = -1;
        while (cue.find()) {
            last = cue.group();
            lastEnd = cue.end();
        }
        if (last == null) {
            return Direction.AT_LEAST;
        }
        String gap = clause.substring(lastEnd);
        for (ExtractedTarget target : before) {
            gap = gap.replace(target.written(), "");
        }
        gap = GAP_FILLER.matcher(gap).replaceAll("");
        if (!gap.isEmpty()) {
            return Direction.AT_LEAST; // 提高到45%, 增长贡献率达30%: a level to reach, not a rate of change
        }
        return last.matches("下降|降低|减少|压减|压缩|缩减|缩短") ? Direction.DECREASE : Direction.GROWTH;
    }

    private static int clauseStart(String sentence, int at) {
        int from = at;
        while (from > 0 && !CLAUSE_BREAK.matcher(sentence.substring(from - 1, from)).matches()) {
            from--;
        }
        return from;
    }

    /** The 、-separated item around the target if it says what is counted, else the whole clause. */
    private static String clause(String sentence, int start, int end) {
        String segment = around(sentence, start, end, SEGMENT_BREAK);
        String rest = segment.replace(sentence.substring(start, end), "").replaceAll("[^\\p{IsHan}]", "");
        return rest.length() >= 3 ? segment : around(sentence, start, end, CLAUSE_BREAK);
    }

    private static String around(String sentence, int start, int end, Pattern breaks) {
        int from = start;
        while (from > 0 && !breaks.matcher(sentence.substring(from - 1, from)).matches()) {
            from--;
        }
        int to = end;
        while (to < sentence.length() && !breaks.matcher(sentence.substring(to, to + 1)).matches()) {
            to++;
        }
        return sentence.substring(from, to);
    }
}
