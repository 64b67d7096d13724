package cn.duban.ledger.extract;

import cn.duban.ledger.LedgerEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which extracted targets the ledger already covers: an entry covers a target when its source sentence
 * and its target as written are the same (compared as {@link SourceText} compares: half-width, simplified). A sentence that names the same target
 * twice needs two entries.
 *
 * @param found     every target the extractor found
 * @param uncovered those without a ledger entry, in report order
 */
public record LedgerCoverage(List<ExtractedTarget> found, List<ExtractedTarget> uncovered) {

    public static LedgerCoverage of(List<ExtractedTarget> found, List<LedgerEntry> entries) {
        Map<String, Integer> available = new HashMap<>();
        for (LedgerEntry entry : entries) {
            if (entry.target() != null) {
                available.merge(key(entry.source(), entry.target().text()), 1, Integer::sum);
            }
        }
        List<ExtractedTarget> uncovered = new ArrayList<>();
        for (ExtractedTarget target : found) {
            String key = key(target.sentence().text(), target.text());
            if (available.getOrDefault(key, 0) > 0) {
                available.merge(key, -1, Integer::sum);
            } else {
                uncovered.add(target);
            }
        }
        return new LedgerCoverage(List.copyOf(found), List.copyOf(uncovered));
    }

    public int covered() {
        return found.size() - uncovered.size();
    }

    private static String key(String sentence, String target) {
        return SourceText.of(sentence).text().strip() + '\u0000' + SourceText.of(target).text().strip();
    }
}
