package cn.duban.ledger.extract;

import java.util.List;

/** What a draft holds and, for a ledger, what the ledger covers and misses: plain Chinese lines. */
public final class DraftSummary {

    private DraftSummary() {
    }

    public static String of(Draft draft, boolean againstLedger) {
        List<DraftEntry> quantitative = draft.quantitative();
        List<DraftEntry> qualitative = draft.qualitative();
        StringBuilder out = new StringBuilder();
        out.append(String.format("覆盖情况：报告任务部分（%d 个任务领域）共找到 %d 个量化目标、%d 项项目和定性任务建议。",
                draft.sections().size(), quantitative.size(), qualitative.size()));
        if (againstLedger) {
            long coveredTargets = quantitative.stream().filter(DraftEntry::covered).count();
            long coveredTasks = qualitative.stream().filter(DraftEntry::covered).count();
            out.append(String.format("%n台账已覆盖量化目标 %d 个，未覆盖 %d 个；项目和定性任务建议中台账已列 %d 项，未列 %d 项。",
                    coveredTargets, quantitative.size() - coveredTargets, coveredTasks, qualitative.size() - coveredTasks));
            for (DraftEntry entry : quantitative) {
                if (!entry.covered()) {
                    out.append(String.format("%n台账未覆盖：%s %s（%s）", entry.id(), entry.written(), entry.title()));
                }
            }
        }
        return out.toString();
    }
}
