package cn.duban.system;

/** Text a stranger sent, safe to repeat in a message: no control or direction-changing characters, cut short. */
public final class Printable {

    private Printable() {
    }

    /** Control characters (but tab and line breaks), DEL, bidirectional overrides and isolates, lone surrogates. */
    public static boolean forbidden(int codePoint) {
        return (codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r')
                || codePoint == 0x7F
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF;
    }

    /** A name, value or type as sent, cut to 60 characters and stripped of what {@link #forbidden} names. */
    public static String of(String text) {
        String visible = text.codePoints().filter(c -> !forbidden(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
    }
}
