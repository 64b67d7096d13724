package cn.duban.ledger.extract;

import cn.duban.ledger.LedgerEntry;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Proposes a draft entry's lead bureau and leader: those of the most similar entry of the previous year's ledger
 * (title and sentence, character bigrams) when it is similar enough, else the first rule of the keyword map whose
 * keyword the title or sentence contains.
 */
public final class LeadProposer {

    /** Below this the previous entry is about something else; measured on the shipped ledger against its own report. */
    static final double SIMILAR = 0.45;

    private final List<Compared> previous;
    private final DraftingKeywords keywords;
    private final Map<String, String> usualLeader;

    public LeadProposer(List<LedgerEntry> previous, DraftingKeywords keywords) {
        this.previous = previous.stream().map(entry -> new Compared(entry, TextSimilarity.of(SourceText.of(entry.title()).text()),
                TextSimilarity.of(SourceText.of(entry.source()).text()))).toList();
        this.keywords = keywords;
        Map<String, Map<String, Long>> leaders = previous.stream().collect(Collectors.groupingBy(LedgerEntry::leadBureau,
                Collectors.groupingBy(LedgerEntry::leader, Collectors.counting())));
        this.usualLeader = new HashMap<>();
        leaders.forEach((bureau, counts) -> usualLeader.put(bureau,
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null)));
    }

    public ProposedLead propose(String title, String sentence) {
        TextSimilarity titleBigrams = TextSimilarity.of(title);
        TextSimilarity sentenceBigrams = TextSimilarity.of(sentence);
        Optional<Map.Entry<LedgerEntry, Double>> best = previous.stream()
                .map(compared -> Map.entry(compared.entry(), compared.similarity(titleBigrams, sentenceBigrams)))
                .max(Comparator.comparingDouble(Map.Entry::getValue));
        if (best.isPresent() && best.get().getValue() >= SIMILAR) {
            LedgerEntry entry = best.get().getKey();
            return new ProposedLead(entry.leadBureau(), entry.coBureaus(), entry.leader(), String.format(
                    "与上年台账 %s「%s」相似（相似度 %.2f）", entry.id(), entry.title(), best.get().getValue()));
        }
        for (String text : List.of(title, sentence)) {
            var hit = keywords.match(text);
            if (hit.isPresent()) {
                DraftingKeywords.Rule rule = hit.get().getKey();
                String leader = rule.leader() != null ? rule.leader() : usualLeader.get(rule.lead());
                return new ProposedLead(rule.lead(), List.of(), leader,
                        "关键词“" + hit.get().getValue() + "”（" + DraftingKeywords.FILE + "）");
            }
        }
        return ProposedLead.none();
    }

    /** A previous entry with its title and sentence as {@link SourceText} compares them. */
    private record Compared(LedgerEntry entry, TextSimilarity title, TextSimilarity source) {

        /** The title counts twice: two entries from one long sentence share it, but rarely their titles. */
        double similarity(TextSimilarity otherTitle, TextSimilarity otherSentence) {
            return (2 * otherTitle.dice(title) + otherSentence.dice(source)) / 3;
        }
    }
}
