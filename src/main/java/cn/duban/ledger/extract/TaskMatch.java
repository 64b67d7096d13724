package cn.duban.ledger.extract;

import cn.duban.ledger.LedgerEntry;

/** Whether a proposal is the commitment a ledger entry records: the same sentence and a title of the same words. */
final class TaskMatch {

    private TaskMatch() {
    }

    static boolean same(ProposedTask proposal, LedgerEntry entry) {
        return same(proposal, SourceText.of(entry.source()).text(), SourceText.of(entry.title()).text());
    }

    /** With the entry's sentence and title already compared as {@link SourceText} compares them. */
    static boolean same(ProposedTask proposal, String entrySource, String entryTitle) {
        return entrySource.strip().equals(proposal.sentence().text().strip())
                && TextSimilarity.dice(proposal.title(), entryTitle) >= 0.5;
    }
}
