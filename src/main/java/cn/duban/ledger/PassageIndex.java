package cn.duban.ledger;

import java.util.Arrays;

/**
 * Finds a passage in a long text without scanning the whole text for each one: every four-character gram of the text
 * is indexed by its hash, and a passage is compared only where its rarest gram occurs. A city's or a province's
 * ledger checks tens of thousands of source sentences against a report of as many sentences; {@link String#contains}
 * made that check grow with the square of the ledger.
 */
final class PassageIndex {

    private static final int GRAM = 4;

    private final String text;
    /** (hash of the gram at a position) in the high half, the position in the low half; sorted. */
    private final long[] grams;

    PassageIndex(String text) {
        this.text = text;
        int positions = Math.max(0, text.length() - GRAM + 1);
        grams = new long[positions];
        for (int position = 0; position < positions; position++) {
            grams[position] = ((long) hash(text, position) << 32) | position;
        }
        Arrays.sort(grams);
    }

    boolean contains(String passage) {
        if (passage.length() < GRAM || grams.length == 0) {
            return text.contains(passage);
        }
        int bestOffset = 0;
        int bestFrom = 0;
        int bestTo = Integer.MAX_VALUE;
        for (int offset = 0; offset + GRAM <= passage.length() && bestTo - bestFrom > 1; offset++) {
            int hash = hash(passage, offset);
            int from = firstAtLeast(hash);
            int to = firstAbove(hash, from);
            if (to == from) {
                return false;
            }
            if (to - from < bestTo - bestFrom) {
                bestOffset = offset;
                bestFrom = from;
                bestTo = to;
            }
        }
        for (int i = bestFrom; i < bestTo; i++) {
            int start = (int) grams[i] - bestOffset;
            if (start >= 0 && text.startsWith(passage, start)) {
                return true;
            }
        }
        return false;
    }

    private static int hash(String text, int position) {
        int hash = 0;
        for (int i = position; i < position + GRAM; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }

    private int firstAtLeast(int hash) {
        int low = 0;
        int high = grams.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if ((int) (grams[middle] >> 32) < hash) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int firstAbove(int hash, int from) {
        int low = from;
        int high = grams.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if ((int) (grams[middle] >> 32) <= hash) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
