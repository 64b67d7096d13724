package cn.duban.ledger.extract;

import cn.duban.ledger.Section;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a work report's forward-looking tasks stand and how they are divided. A report reviews the past year
 * (一、2024年工作回顾) and then plans the next under a heading such as 二、2025年主要任务, …工作安排, …目标任务和重点工作,
 * …总体要求和主要目标 (tasks often follow under 三、), or, without headings, after 今年重点抓好以下工作 or 主要预期目标是. Its
 * task areas are numbered （一）…（七） or, restarting the count, 一、…五、 inside the tasks part. A later part such as
 * 三、加强政府自身建设 is a task area of its own. The review part, notes (注释) and past results are never tasks.
 */
public final class ReportStructure {

    private static final Pattern TOP_HEADING = Pattern.compile("(?m)^[ \\t]*([一二三四五六七八九十]{1,3})、([^\\n]*)$");
    private static final Pattern SUB_HEADING = Pattern.compile("(?m)^[ \\t]*[(]([一二三四五六七八九十]{1,3})[)][ \\t]*([^。\\n]*)");
    private static final Pattern REVIEW = Pattern.compile("回顾|总结|过去(一|五|的一)年|工作成绩|五年来|一年来");
    private static final Pattern TASKS = Pattern.compile(
            "任务|安排|重点工作|目标|总体要求|部署|打算|思路|今年|明年|自身建设|工作重点");
    private static final Pattern MARKER = Pattern.compile(
            "(今年|\\d{4}年)?(要)?(重点|着力|全力|主要)?(抓好|做好)以下|主要预期目标(是|为)|今年(政府)?工作的总体要求|今年(的)?工作安排");
    private static final Pattern NOTES = Pattern.compile("(?m)^[ \\t]*(注释|名词解释|附件|附：|附:|注：|注:)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年[^\\n]{0,12}政府工作报告");
    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?\\n]+[。！？!?]?");
    private static final Pattern PAST_RESULT = Pattern.compile(
            "^(去年|上年|过去一年|过去五年|过去的一年|五年来|一年来|近年来|近几年|累计|已完成|已经|截至|截止目前|目前已|先后)");
    private static final Pattern LEADING_YEAR = Pattern.compile("^((?:19|20)\\d{2})年(?!(以前|前|底前|内|起))");
    static final Section MAIN_TARGETS = new Section("00", "主要预期目标");

    private final SourceText source;
    private final int year;
    private final List<TaskSentence> sentences;
    private final List<Section> sections;

    private ReportStructure(SourceText source, int year, List<TaskSentence> sentences, List<Section> sections) {
        this.source = source;
        this.year = year;
        this.sentences = sentences;
        this.sections = sections;
    }

    public static ReportStructure of(SourceText source) {
        String text = source.text();
        int end = text.length();
        Matcher notes = NOTES.matcher(text);
        List<Heading> tops = topHeadings(text);
        // the notes start only after the tasks part has started
        int tasksStart = tasksStart(text, tops);
        if (notes.find(Math.max(0, tasksStart))) {
            end = notes.start();
        }
        int year = year(text, tops, tasksStart);
        List<Area> areas = new ArrayList<>();
        if (tasksStart < 0) {
            areas.add(new Area(MAIN_TARGETS, 0, end));
        } else {
            areas.addAll(areas(text, tops, tasksStart, end));
        }
        List<TaskSentence> sentences = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (Area area : areas) {
            if (!sections.contains(area.section())) {
                sections.add(area.section());
            }
            Matcher sentence = SENTENCE.matcher(text).region(area.from(), area.to());
            while (sentence.find()) {
                int from = sentence.start();
                int to = sentence.end();
                while (from < to && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                    to--;
                }
                String sentenceText = text.substring(from, to);
                if (to > from && !isHeading(sentenceText) && !isPastResult(sentenceText, year)) {
                    sentences.add(new TaskSentence(area.section(), from, to, sentenceText));
                }
            }
        }
        return new ReportStructure(source, year, List.copyOf(sentences), List.copyOf(sections));
    }

    private static boolean isHeading(String sentence) {
        return TOP_HEADING.matcher(sentence).matches();
    }

    /** A sentence that reports what was done: 2024年…, 去年…, 累计…, 已完成… */
    static boolean isPastResult(String sentence, int tasksYear) {
        String start = sentence.replaceFirst("^[(（]?[一二三四五六七八九十\\d]+[)）、.]", "").strip();
        if (PAST_RESULT.matcher(start).find()) {
            return true;
        }
        Matcher year = LEADING_YEAR.matcher(start);
        return year.find() && Integer.parseInt(year.group(1)) < tasksYear;
    }

    private record Heading(int number, String title, int from, int to) {
    }

    private record Area(Section section, int from, int to) {
    }

    private static List<Heading> topHeadings(String text) {
        List<Heading> headings = new ArrayList<>();
        Matcher matcher = TOP_HEADING.matcher(text);
        while (matcher.find()) {
            String title = matcher.group(2).strip();
            // a heading is a short line; a paragraph starting 一、 within a list is not
            if (title.length() <= 40 && !title.contains("。")) {
                OptionalInt number = ChineseNumber.parse(matcher.group(1));
                if (number.isPresent()) {
                    headings.add(new Heading(number.getAsInt(), title, matcher.start(), matcher.end()));
                }
            }
        }
        return headings;
    }

    private static boolean isReview(Heading heading) {
        return REVIEW.matcher(heading.title()).find() && !TASKS.matcher(heading.title().replaceAll("回顾|总结", "")).find();
    }

    private static boolean isTasks(Heading heading) {
        return !isReview(heading) && TASKS.matcher(heading.title()).find();
    }

    /** Offset of the first tasks heading, else of the marker's paragraph, else -1 (read the whole text). */
    private static int tasksStart(String text, List<Heading> tops) {
        for (Heading heading : tops) {
            if (isTasks(heading)) {
                return heading.from();
            }
        }
        Matcher marker = MARKER.matcher(text);
        int afterReview = 0;
        for (Heading heading : tops) {
            if (isReview(heading)) {
                afterReview = heading.to();
            }
        }
        if (marker.find(afterReview)) {
            int paragraph = text.lastIndexOf('\n', marker.start());
            return paragraph + 1;
        }
        if (afterReview > 0) {
            int reviewEnd = afterReview;
            int next = tops.stream().filter(h -> h.from() >= reviewEnd).mapToInt(Heading::from).findFirst().orElse(-1);
            return next;
        }
        return -1;
    }

    private static List<Area> areas(String text, List<Heading> tops, int tasksStart, int end) {
        List<Heading> after = tops.stream().filter(h -> h.from() >= tasksStart && h.from() < end).toList();
        List<Area> areas = new ArrayList<>();
        Heading part = !after.isEmpty() && after.get(0).from() == tasksStart ? after.get(0) : null;
        int position = part == null ? tasksStart : part.to();
        Section current = MAIN_TARGETS;
        boolean inner = false;
        int innerLast = 0;
        int[] number = {0};
        for (int i = part == null ? 0 : 1; i <= after.size(); i++) {
            Heading heading = i < after.size() ? after.get(i) : null;
            int stop = heading == null ? end : heading.from();
            if (current != null) {
                subAreas(text, position, stop, current, !inner, number, areas);
            }
            if (heading == null) {
                break;
            }
            if (part != null && heading.number() == innerLast + 1 && (innerLast > 0 || heading.number() == 1)) {
                // task areas numbered 一、…五、 again inside the tasks part
                inner = true;
                innerLast = heading.number();
                current = new Section(id(++number[0]), heading.title().replaceFirst("[。；;]$", ""));
            } else if (isReview(heading)) {
                current = null;
            } else {
                part = heading;
                inner = false;
                innerLast = 0;
                current = new Section(id(number[0] + 1), heading.title().replaceFirst("^(\\d{4}年|今年)", ""));
            }
            position = heading.to();
        }
        return areas;
    }

    /**
     * Adds the areas of {@code [from, to)}, split at its （一）… headings when {@code split}: they then take the place
     * of {@code current}, and the text before the first of them belongs to it, or to the main targets at the start
     * of the tasks part. {@code number} holds the last section number used.
     */
    private static void subAreas(String text, int from, int to, Section current, boolean split, int[] number,
            List<Area> areas) {
        if (from >= to) {
            return;
        }
        Matcher sub = SUB_HEADING.matcher(text).region(from, to);
        if (!split || !sub.find()) {
            if (!current.equals(MAIN_TARGETS) && !current.id().equals(id(number[0]))) {
                number[0]++;
            }
            areas.add(new Area(current, from, to));
            return;
        }
        int position = from;
        boolean first = true;
        do {
            // a heading's own numeral (（二） → 02) when it continues the count, so excerpts keep the report's numbers
            int own = ChineseNumber.parse(sub.group(1)).orElse(0);
            number[0] = own > number[0] ? own : number[0] + 1;
            Section section = new Section(id(number[0]), sub.group(2).strip().replaceFirst("[，,；;]$", ""));
            if (first && sub.start() > position) {
                areas.add(new Area(current.equals(MAIN_TARGETS) ? MAIN_TARGETS : section, position, sub.start()));
                position = sub.start();
            }
            first = false;
            int next = sub.find() ? sub.start() : to;
            areas.add(new Area(section, position, next));
            position = next;
            if (next == to) {
                break;
            }
            sub.region(next, to);
        } while (sub.find());
    }

    private static String id(int number) {
        return String.format("%02d", number);
    }

    private static int year(String text, List<Heading> tops, int tasksStart) {
        for (Heading heading : tops) {
            if (heading.from() == tasksStart) {
                Matcher year = YEAR.matcher(heading.title());
                if (year.find()) {
                    return Integer.parseInt(year.group(1));
                }
            }
        }
        Matcher title = TITLE_YEAR.matcher(text);
        if (title.find()) {
            return Integer.parseInt(title.group(1));
        }
        if (tasksStart >= 0) {
            Matcher year = YEAR.matcher(text.substring(tasksStart, Math.min(text.length(), tasksStart + 200)));
            if (year.find()) {
                return Integer.parseInt(year.group(1));
            }
        }
        int latest = 0;
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            latest = Math.max(latest, Integer.parseInt(year.group(1)));
        }
        return latest > 0 && latest <= Year.now().getValue() + 1 ? latest : Year.now().getValue();
    }

    public SourceText source() {
        return source;
    }

    /** The year the tasks are for. */
    public int year() {
        return year;
    }

    /** The sentences of the tasks part in report order, past results left out. */
    public List<TaskSentence> sentences() {
        return sentences;
    }

    /** The task areas in report order: 00 主要预期目标 for what precedes the first （一）, then 01, 02, … */
    public List<Section> sections() {
        return sections;
    }
}
