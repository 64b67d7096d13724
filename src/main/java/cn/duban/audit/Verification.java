package cn.duban.audit;

import java.util.List;

/**
 * The outcome of checking an export against its manifest: no problems, or each altered, missing or extra file
 * (or sheet) named with what differs.
 */
public record Verification(String file, Manifest manifest, List<String> problems) {

    public boolean passed() {
        return problems.isEmpty();
    }

    /** What to tell the auditor, one line or one line per problem. */
    public String report() {
        if (passed()) {
            return "校验通过：" + file + "，" + manifest.files().size() + " 个表，共 " + manifest.totalRows() + " 行；链式哈希 "
                    + manifest.chainHash() + "（请与导出记录 #" + manifest.exportId() + " 核对）";
        }
        return "校验未通过：" + file + "\n" + String.join("\n", problems.stream().map(problem -> "  - " + problem).toList());
    }
}
