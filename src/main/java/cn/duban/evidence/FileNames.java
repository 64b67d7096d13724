package cn.duban.evidence;

import java.text.Normalizer;

/**
 * A file name as a person gave it, made safe to store and to offer for download: no folders, no control or
 * direction-changing characters (a name like {@code 报告‮fdp.exe} must not read as {@code 报告exe.pdf}),
 * at most 100 characters, the extension kept.
 */
final class FileNames {

    static final int MAX_LENGTH = 100;

    private FileNames() {
    }

    static String sanitise(String given) {
        String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && !isFormatting(c)).forEach(clean::appendCodePoint);
        name = clean.toString().replaceAll("[:*?\"<>|]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = "佐证材料";
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            String stem = name.substring(0, name.length() - extension.length());
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_LENGTH - extension.codePointCount(0, extension.length())));
            name = stem + extension;
        }
        return name;
    }

    /** Bidirectional overrides, zero-width and other invisible formatting characters (Unicode category Cf). */
    private static boolean isFormatting(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT;
    }
}
