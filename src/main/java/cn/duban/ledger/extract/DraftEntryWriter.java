package cn.duban.ledger.extract;

import java.io.PrintStream;
import java.util.List;

/** Prints uncovered targets as draft ledger entries a clerk completes by hand, then a coverage summary. */
public final class DraftEntryWriter {

    private DraftEntryWriter() {
    }

    public static void write(LedgerCoverage coverage, int year, PrintStream out) {
        List<ExtractedTarget> drafts = coverage.uncovered();
        if (!drafts.isEmpty()) {
            out.println("# 以下为台账尚未覆盖的量化目标草稿：请补全 id、section、lead、leader 等字段后加入 commitments 列表");
            out.println("commitments:");
        }
        int number = 1;
        for (ExtractedTarget target : drafts) {
            out.printf("  - id: \"%d-??-%02d\"   # 待编号%n", year, number++);
            out.println("    section: \"??\"");
            out.println("    title: " + target.clause());
            out.println("    source: " + target.sentence().text());
            out.println("    kind: quantitative");
            out.println("    target: " + target.text());
            out.println("    direction: " + target.direction().code());
            out.printf("    deadline: %d-12-31%n", year);
            out.println("    lead: ??");
            out.println("    co: []");
            out.println("    leader: ??");
            out.println("    taskForce: false");
        }
        out.printf("# 覆盖情况：报告主要任务部分共找到 %d 个量化目标，台账已覆盖 %d 个，未覆盖 %d 个。%n",
                coverage.found().size(), coverage.covered(), drafts.size());
    }
}
