package cn.duban.ledger.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns what someone sent as a report into its text, or says in Chinese why it is none: empty, larger than
 * {@link #MAX_BYTES}, binary (a .docx, a PDF, an image), not UTF-8, or text with nothing a work report has.
 */
public final class ReportUpload {

    /** 20 MB: a full work report is about 50 KB of text; anything near this is not one. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Pattern REPORT_WORDS = Pattern.compile("政府工作|工作报告|主要任务|主要目标|预期目标|工作安排|重点工作|"
            + "目标任务|重点抓好|回顾|推进|建设|增长|政府工作報告|預期目標|工作安排|重點|推進|建設|增長");

    private ReportUpload() {
    }

    /** What is wrong with a report sent, in Chinese. */
    public static final class Rejected extends RuntimeException {
        public Rejected(String message) {
            super(message);
        }
    }

    public static String text(byte[] bytes, String name) {
        String what = name == null || name.isBlank() ? "报告文本" : "“" + name + "”";
        if (bytes.length == 0) {
            throw new Rejected(what + "是空的：请粘贴或上传政府工作报告的文字");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Rejected(what + "有 " + bytes.length / (1024 * 1024) + " MB，超过 20 MB 上限：政府工作报告全文通常不足 1 MB");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new Rejected(what + "是二进制文件（如 Word、PDF 或图片），不是文本：请另存为 UTF-8 编码的 .txt 或直接粘贴文字");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Rejected(what + "不是 UTF-8 编码的文本（可能是 GBK 编码或二进制文件）：请另存为 UTF-8 编码后重试");
        }
        return check(text, what);
    }

    public static String check(String text, String what) {
        if (text.isBlank()) {
            throw new Rejected(what + "是空的：请粘贴或上传政府工作报告的文字");
        }
        if (text.length() > MAX_BYTES / 3) {
            throw new Rejected(what + "超过 20 MB 上限：政府工作报告全文通常不足 1 MB");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        if (han < 20 || !REPORT_WORDS.matcher(text).find()) {
            throw new Rejected(what + "看起来不是政府工作报告：其中没有报告的中文表述（如“主要任务”“工作安排”“推进”“建设”）");
        }
        return text;
    }
}
