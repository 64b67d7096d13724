package cn.duban.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and checks one commitment of the ledger against the sections, bureaus, leaders and report text. */
final class CommitmentEntryReader {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of(
            "id", "section", "title", "source", "kind", "target", "direction", "deadline",
            "lead", "co", "leader", "taskForce", "milestones"));
    private static final Pattern ID = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2,5})");
    private static final int MAX_TITLE = 60;

    private final int year;
    private final Map<String, Section> sections;
    private final Set<String> bureaus;
    private final Set<String> leaders;
    private final ReportText report;
    private final Set<String> seenIds = new LinkedHashSet<>();

    CommitmentEntryReader(int year, Map<String, Section> sections, Set<String> bureaus, Set<String> leaders,
            ReportText report) {
        this.year = year;
        this.sections = sections;
        this.bureaus = bureaus;
        this.leaders = leaders;
        this.report = report;
    }

    Optional<LedgerEntry> read(YamlMap raw) {
        int before = raw.problems().count();
        String id = raw.requiredText("id").orElse(null);
        YamlMap entry = raw.identifiedAs(id);
        entry.rejectUnknownFields(FIELDS);
        Section section = section(entry);
        checkId(entry, id, section);
        String title = entry.requiredText("title").orElse(null);
        if (title != null && title.length() > MAX_TITLE) {
            entry.problem("title", "简称过长（" + title.length() + " 字），不超过 " + MAX_TITLE + " 字");
        }
        String source = entry.requiredText("source").orElse(null);
        if (source != null && report != null && !report.contains(source)) {
            entry.problem("source", "原文句子在报告文本中找不到，须逐字摘录报告原文");
        }
        Kind kind = entry.requiredText("kind").flatMap(code -> known(entry, "kind", Kind.fromCode(code),
                "未知的任务类型“" + code + "”（应为 quantitative 量化指标、project 项目建设或 qualitative 定性任务）"))
                .orElse(null);
        Target target = null;
        Direction direction = null;
        if (kind == Kind.QUANTITATIVE) {
            target = target(entry, source);
            direction = entry.requiredText("direction").flatMap(code -> known(entry, "direction",
                    Direction.fromCode(code), "未知的目标方向“" + code + "”（应为 at-least 达到、growth 增长率、decrease 下降率 或 at-most 控制在…以内）"))
                    .orElse(null);
        } else if (kind != null) {
            for (String field : List.of("target", "direction")) {
                if (entry.has(field)) {
                    entry.problem(field, kind.label() + "没有数值目标，请删除此字段或将 kind 改为 quantitative");
                }
            }
        }
        LocalDate deadline = deadline(entry);
        String lead = entry.requiredText("lead").orElse(null);
        if (lead != null && !bureaus.contains(lead)) {
            entry.problem("lead", "牵头单位“" + lead + "”不在责任单位名录中");
        }
        List<String> co = entry.texts("co");
        Set<String> distinctCo = new LinkedHashSet<>();
        for (String bureau : co) {
            if (!bureaus.contains(bureau)) {
                entry.problem("co", "配合单位“" + bureau + "”不在责任单位名录中");
            } else if (bureau.equals(lead)) {
                entry.problem("co", "配合单位“" + bureau + "”已是牵头单位");
            } else if (!distinctCo.add(bureau)) {
                entry.problem("co", "配合单位“" + bureau + "”重复");
            }
        }
        String leader = entry.requiredText("leader").orElse(null);
        if (leader != null && !leaders.contains(leader)) {
            entry.problem("leader", "分管区领导“" + leader + "”不在领导名录中");
        }
        boolean taskForce = flag(entry, "taskForce");
        List<Milestone> milestones = kind == null ? List.of()
                : MilestonePlan.of(entry, kind, target, direction, deadline);
        if (raw.problems().count() > before) {
            return Optional.empty();
        }
        return Optional.of(new LedgerEntry(id, entry.line(), section, title, source, kind, target, direction,
                deadline, lead, List.copyOf(distinctCo), leader, taskForce, milestones));
    }

    private Section section(YamlMap entry) {
        return entry.requiredText("section").map(id -> {
            Section section = sections.get(id);
            if (section == null) {
                entry.problem("section", "未知的报告部分“" + id + "”（已定义：" + String.join("、", sections.keySet()) + "）");
            }
            return section;
        }).orElse(null);
    }

    private void checkId(YamlMap entry, String id, Section section) {
        if (id == null) {
            return;
        }
        Matcher matcher = ID.matcher(id);
        if (!matcher.matches()) {
            entry.problem("id", "编号“" + id + "”格式应为 年份-部分-序号，如 " + year + "-02-03");
        } else if (Integer.parseInt(matcher.group(1)) != year) {
            entry.problem("id", "编号“" + id + "”的年份与台账年份 " + year + " 不符");
        } else if (section != null && !matcher.group(2).equals(section.id())) {
            entry.problem("id", "编号“" + id + "”的部分号与 section " + section.id() + " 不符");
        }
        if (!seenIds.add(id)) {
            entry.problem("id", "编号“" + id + "”重复，每项承诺事项的编号必须唯一");
        }
    }

    private Target target(YamlMap entry, String source) {
        Optional<String> written = entry.requiredText("target");
        if (written.isEmpty()) {
            return null;
        }
        try {
            Target target = Target.parse(written.get());
            if (source != null && !ReportText.normalise(source).contains(target.text())) {
                entry.problem("target", "目标值“" + written.get() + "”未出现在原文句子中");
            }
            return target;
        } catch (IllegalArgumentException e) {
            entry.problem("target", e.getMessage());
            return null;
        }
    }

    private LocalDate deadline(YamlMap entry) {
        Optional<String> written = entry.requiredText("deadline");
        if (written.isEmpty()) {
            return null;
        }
        try {
            LocalDate deadline = LocalDate.parse(written.get());
            if (deadline.getYear() != year) {
                entry.problem("deadline", "截止日期 " + written.get() + " 不在报告年度 " + year + " 内");
                return null;
            }
            return deadline;
        } catch (DateTimeParseException e) {
            entry.problem("deadline", "“" + written.get() + "”不是有效日期（格式 YYYY-MM-DD，且须是存在的日期）");
            return null;
        }
    }

    private static boolean flag(YamlMap entry, String field) {
        Optional<String> value = entry.text(field);
        if (value.isEmpty() || value.get().equals("false")) {
            return false;
        }
        if (!value.get().equals("true")) {
            entry.problem(field, "应为 true 或 false，实际为“" + value.get() + "”");
        }
        return value.get().equals("true");
    }

    private static <T> Optional<T> known(YamlMap entry, String field, Optional<T> value, String reason) {
        if (value.isEmpty()) {
            entry.problem(field, reason);
        }
        return value;
    }
}
