package cn.duban.ledger.extract;

import java.util.HashMap;
import java.util.Map;

/** How alike two Chinese passages are: the Dice coefficient of their character bigrams (punctuation ignored). */
final class TextSimilarity {

    private final Map<String, Integer> bigrams;
    private final int size;

    private TextSimilarity(String text) {
        String letters = text.replaceAll("[^\\p{IsHan}\\p{L}\\p{N}]", "");
        this.bigrams = new HashMap<>();
        for (int i = 0; i + 2 <= letters.length(); i++) {
            bigrams.merge(letters.substring(i, i + 2), 1, Integer::sum);
        }
        this.size = Math.max(0, letters.length() - 1);
    }

    /** A passage prepared for many comparisons. */
    static TextSimilarity of(String text) {
        return new TextSimilarity(text);
    }

    static double dice(String a, String b) {
        return of(a).dice(of(b));
    }

    double dice(TextSimilarity other) {
        int total = size + other.size;
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> bigram : bigrams.entrySet()) {
            shared += Math.min(bigram.getValue(), other.bigrams.getOrDefault(bigram.getKey(), 0));
        }
        return 2.0 * shared / total;
    }
}
