package cn.duban.ledger;

import java.util.List;

/**
 * What an import did. Changed and removed entries are reported, never applied: changing the baseline of a
 * running commitment is an audited process of its own.
 *
 * @param created   ids of the commitments imported and started now
 * @param unchanged how many entries were already imported exactly as they are
 * @param changed   entries that differ from what was imported before
 * @param removed   ids imported before that the ledger no longer has
 */
public record ImportReport(List<String> created, int unchanged, List<ChangedEntry> changed, List<String> removed) {

    /** An entry whose ledger text differs from its imported version, and in which fields. */
    public record ChangedEntry(String id, List<String> fields) {
    }

    public String summary() {
        StringBuilder text = new StringBuilder()
                .append("台账导入完成：新增并启动 ").append(created.size()).append(" 项，")
                .append("未变化 ").append(unchanged).append(" 项，")
                .append("有改动未应用 ").append(changed.size()).append(" 项，")
                .append("台账中已删除 ").append(removed.size()).append(" 项。");
        for (ChangedEntry entry : changed) {
            text.append("\n  ").append(entry.id()).append(" 的字段 ").append(String.join("、", entry.fields()))
                    .append(" 与已导入的版本不同，未覆盖：执行中的承诺事项须走调整流程变更基线");
        }
        for (String id : removed) {
            text.append("\n  ").append(id).append(" 已从台账删除，但已导入的事项保持不变");
        }
        return text.toString();
    }
}
