package cn.duban.ledger.extract;

import java.util.List;

/**
 * The bureau and leader the assistant proposes for a draft entry, and why.
 *
 * @param lead   the lead bureau's id, or {@code null} when nothing suggests one
 * @param co     co-responsible bureau ids
 * @param leader the leader's id, or {@code null}
 * @param reason in Chinese, e.g. 与上年台账 2024-02-03「新增规上工业企业15家」相似（相似度 0.71）
 */
public record ProposedLead(String lead, List<String> co, String leader, String reason) {

    static ProposedLead none() {
        return new ProposedLead(null, List.of(), null, "上年台账中没有相似事项，关键词表也未命中：请督查室指定牵头单位和分管领导");
    }
}
