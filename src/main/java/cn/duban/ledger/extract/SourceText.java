package cn.duban.ledger.extract;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.text.Normalizer;

/**
 * A report as the reader compares it — half-width (NFKC), simplified characters (OpenCC's dictionaries), no stray
 * spaces inside numbers ({@code 7 . 5%}, {@code 8 个}) — that still knows where each character stood in the text as
 * written, so a draft quotes the report verbatim and the page highlights a target in place.
 */
public final class SourceText {

    private final String original;
    private final String text;
    /** {@code origin[i]} is the offset in the original of the character {@code text.charAt(i)}; one more at the end. */
    private final int[] origin;

    private SourceText(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    public static SourceText of(String original) {
        String[] mapped = new String[original.length()];
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            String one = Character.isSurrogate(c) ? String.valueOf(c) : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            mapped[i] = one.length() == 1 ? one : String.valueOf(c);
        }
        String halfWidth = String.join("", mapped);
        String simplified = simplified(halfWidth);
        StringBuilder text = new StringBuilder(simplified.length());
        int[] origin = new int[simplified.length() + 1];
        int n = 0;
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            if (isHorizontalSpace(c) && insideNumber(simplified, i, text)) {
                continue;
            }
            text.append(isHorizontalSpace(c) ? ' ' : c);
            origin[n++] = i;
        }
        origin[n] = original.length();
        int[] trimmed = new int[n + 1];
        System.arraycopy(origin, 0, trimmed, 0, n + 1);
        return new SourceText(original, text.toString(), trimmed);
    }

    /** OpenCC converts by phrases; when a phrase changes length the characters are converted one by one instead. */
    private static String simplified(String text) {
        String whole = ZhConverterUtil.toSimple(text);
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder byCharacter = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = ZhConverterUtil.toSimple(String.valueOf(text.charAt(i)));
            byCharacter.append(one.length() == 1 ? one : String.valueOf(text.charAt(i)));
        }
        return byCharacter.toString();
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u3000';
    }

    /** A space after a digit or decimal point, or before a digit, decimal point or percent sign. */
    private static boolean insideNumber(String text, int at, CharSequence kept) {
        boolean afterNumber = kept.length() > 0 && isNumberPart(kept.charAt(kept.length() - 1));
        int next = at;
        while (next < text.length() && isHorizontalSpace(text.charAt(next))) {
            next++;
        }
        boolean beforeNumber = next < text.length() && (isNumberPart(text.charAt(next)) || text.charAt(next) == '%');
        return afterNumber || beforeNumber;
    }

    private static boolean isNumberPart(char c) {
        return (c >= '0' && c <= '9') || c == '.';
    }

    /** The compared text: half-width, simplified, without spaces inside numbers. */
    public String text() {
        return text;
    }

    public String original() {
        return original;
    }

    /** The passage {@code [from, to)} of {@link #text()} as the report writes it. */
    public String verbatim(int from, int to) {
        return original.substring(originalOffset(from), originalEnd(to));
    }

    /** Where the character at {@code offset} of {@link #text()} stands in the original. */
    public int originalOffset(int offset) {
        if (offset >= text.length()) {
            return original.length();
        }
        return origin[offset];
    }

    /** The end in the original of a passage of {@link #text()} ending (exclusive) at {@code to}. */
    public int originalEnd(int to) {
        return to == 0 ? 0 : origin[to - 1] + 1;
    }
}
