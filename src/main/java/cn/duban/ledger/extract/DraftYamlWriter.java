package cn.duban.ledger.extract;

import cn.duban.ledger.Section;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a draft as ledger YAML (the format of {@code config/ledger-2024.yaml}) for a clerk to check and adopt. */
public final class DraftYamlWriter {

    private DraftYamlWriter() {
    }

    /** The entries given, with the draft's sections, then the coverage summary as comments. */
    public static String write(Draft draft, List<DraftEntry> entries, String summary) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(draft.year()).append("年政府工作报告 重点任务分解表（起草助手生成的草稿）\n");
        out.append("# 每条建议的牵头单位、分管领导附有依据，须经区政府督查室逐条核对后方可导入\n");
        out.append("year: ").append(draft.year()).append('\n');
        out.append("sections:\n");
        for (Section section : draft.sections()) {
            out.append("  - {id: ").append(quote(section.id())).append(", name: ").append(quote(section.name())).append("}\n");
        }
        out.append(entries.isEmpty() ? "commitments: []\n" : "commitments:\n");
        for (DraftEntry entry : entries) {
            out.append("  - id: ").append(quote(entry.id()));
            if (entry.covered()) {
                out.append("   # 台账已有此项");
            }
            out.append('\n');
            out.append("    section: ").append(quote(entry.section().id())).append('\n');
            out.append("    title: ").append(quote(entry.title())).append('\n');
            out.append("    source: ").append(quote(entry.source())).append('\n');
            out.append("    kind: ").append(entry.kind().code()).append('\n');
            if (entry.target() != null) {
                out.append("    target: ").append(quote(entry.target()));
                if (!entry.written().equals(entry.target())) {
                    out.append("   # 原文写作“").append(entry.written()).append("”");
                }
                out.append('\n');
                out.append("    direction: ").append(entry.direction().code()).append('\n');
            }
            out.append("    deadline: ").append(entry.deadline()).append('\n');
            ProposedLead lead = entry.lead();
            out.append("    lead: ").append(lead.lead() == null ? quote("??") : lead.lead())
                    .append("   # ").append(lead.reason()).append('\n');
            out.append("    co: [").append(String.join(", ", lead.co())).append("]\n");
            out.append("    leader: ").append(lead.leader() == null ? quote("??") : lead.leader()).append('\n');
            out.append("    taskForce: false\n");
            if (!entry.milestones().isEmpty()) {
                out.append("    milestones: [").append(String.join(", ", entry.milestones())).append("]\n");
            }
        }
        for (String line : summary.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        return out.toString();
    }

    /** A double-quoted YAML scalar: report text holds colons, quotes and #. */
    static String quote(String text) {
        return '"' + text.chars().mapToObj(c -> switch (c) {
            case '\\' -> "\\\\";
            case '"' -> "\\\"";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c);
        }).collect(Collectors.joining()) + '"';
    }
}
