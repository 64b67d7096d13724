package cn.duban.ledger.extract;

import java.util.HashMap;
import java.util.Map;

/** How alike two Chinese passages are: the Dice coefficient of their character bigrams (punctuation ignored). */
final class TextSimilarity {

    private TextSimilarity() {
    }

    static double dice(String a, String b) {
        Map<String, Integer> left = bigrams(a);
        Map<String, Integer> right = bigrams(b);
        int total = left.values().stream().mapToInt(Integer::intValue).sum() + right.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> bigram : left.entrySet()) {
            shared += Math.min(bigram.getValue(), right.getOrDefault(bigram.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> bigrams(String text) {
        String letters = text.replaceAll("[^\\p{IsHan}\\p{L}\\p{N}]", "");
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 0; i + 2 <= letters.length(); i++) {
            bigrams.merge(letters.substring(i, i + 2), 1, Integer::sum);
        }
        return bigrams;
    }
}
