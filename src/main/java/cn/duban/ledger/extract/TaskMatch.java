package cn.duban.ledger.extract;

import cn.duban.ledger.LedgerEntry;

/** Whether a proposal is the commitment a ledger entry records: the same sentence and a title of the same words. */
final class TaskMatch {

    private TaskMatch() {
    }

    static boolean same(ProposedTask proposal, LedgerEntry entry) {
        return SourceText.of(entry.source()).text().strip().equals(proposal.sentence().text().strip())
                && TextSimilarity.dice(proposal.title(), SourceText.of(entry.title()).text()) >= 0.5;
    }
}
