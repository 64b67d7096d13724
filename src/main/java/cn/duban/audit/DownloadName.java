package cn.duban.audit;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download: an ASCII {@code filename="…"} that every client saves as written
 * ({@code curl -OJ} reads only this one) and the Chinese name as RFC 5987 {@code filename*=UTF-8''…} for browsers.
 * Spring's {@code ContentDisposition.filename(name, UTF_8)} writes RFC 2047 ({@code =?UTF-8?Q?…?=}) instead, which
 * curl saves literally.
 */
final class DownloadName {

    /** RFC 5987 attr-char besides letters and digits. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private DownloadName() {
    }

    /**
     * @param ascii    printable ASCII without quotes or backslashes, e.g. {@code duban-audit-20240203-100000-csv.zip}
     * @param readable the name in Chinese, e.g. {@code 督办审计导出-20240203-100000-csv.zip}
     */
    static String attachment(String ascii, String readable) {
        if (!ascii.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\')) {
            throw new IllegalArgumentException("not a plain ASCII file name: " + ascii);
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded(readable);
    }

    static String encoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
