package cn.duban.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides what an uploaded file is from its content (Apache Tika reads the bytes; the name only refines a ZIP into
 * the Word or Excel document it claims to be), and refuses what is not allowed: empty or too large files, types
 * outside the list, a name that claims another type than the content, and Word or Excel files that unpack to more
 * than the limit (a ZIP bomb) or are no Office document inside.
 */
@Component
class FileInspection {

    private static final Map<String, String> LABELS = Map.of(
            "application/pdf", "PDF", "image/jpeg", "JPEG 图片", "image/png", "PNG 图片",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档（docx）",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格（xlsx）");
    private static final String OOXML_PREFIX = "application/vnd.openxmlformats-officedocument.";

    private final Tika tika = new Tika();
    private final EvidenceProperties limits;

    FileInspection(EvidenceProperties limits) {
        this.limits = limits;
    }

    /** The media type of an acceptable file; otherwise {@link EvidenceRefused} naming the file and the reason. */
    String inspect(String name, byte[] content) {
        if (content.length == 0) {
            throw new EvidenceRefused(name, "是空文件（0 字节），未保存");
        }
        if (content.length > limits.maxFileSize().toBytes()) {
            throw new EvidenceRefused(name, "有 " + megabytes(content.length) + "，超过单个文件 "
                    + megabytes(limits.maxFileSize().toBytes()) + " 的上限，未保存", 413);
        }
        String type = tika.detect(content, name);
        if (!limits.mediaTypes().contains(type)) {
            throw new EvidenceRefused(name, "的内容不是允许的文件类型（" + allowed() + "），按内容识别为 "
                    + describe(type) + "，未保存", 415);
        }
        String byContentAlone = tika.detect(content);
        if (type.startsWith(OOXML_PREFIX)) {
            checkOfficeDocument(name, content);
        } else if (!type.equals(byContentAlone)) {
            throw new EvidenceRefused(name, "的扩展名与内容不符（内容为 " + describe(byContentAlone) + "），未保存", 415);
        }
        return type;
    }

    String allowed() {
        return String.join("、", limits.mediaTypes().stream().map(type -> LABELS.getOrDefault(type, type)).toList());
    }

    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "application/pdf", List.of(".pdf"), "image/jpeg", List.of(".jpg", ".jpeg"), "image/png", List.of(".png"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of(".docx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of(".xlsx"));

    /** The name with the extension of what the file really is, so that a PDF named {@code .exe} is saved as a PDF. */
    static String withTrueExtension(String name, String type) {
        List<String> extensions = EXTENSIONS.get(type);
        if (extensions == null || extensions.stream().anyMatch(ext -> name.toLowerCase(java.util.Locale.ROOT).endsWith(ext))) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 && name.length() - dot <= 10 ? name.substring(0, dot) : name;
        return stem + extensions.get(0);
    }

    static String label(String type) {
        return LABELS.getOrDefault(type, type);
    }

    /** A docx or xlsx is a ZIP: it must hold an Office document and unpack to no more than the limit. */
    private void checkOfficeDocument(String name, byte[] content) {
        long unpacked = 0;
        boolean office = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                office |= "[Content_Types].xml".equals(entry.getName());
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > limits.maxUnpackedSize().toBytes()) {
                        throw new EvidenceRefused(name, "解压后超过 " + megabytes(limits.maxUnpackedSize().toBytes())
                                + "（疑似压缩炸弹），未保存", 415);
                    }
                }
            }
        } catch (ZipException | IllegalArgumentException broken) {
            throw new EvidenceRefused(name, "不是完整的 Word/Excel 文件（压缩结构损坏），未保存", 415);
        } catch (IOException unreadable) {
            throw new EvidenceRefused(name, "无法读取，未保存", 415);
        }
        if (!office) {
            throw new EvidenceRefused(name, "不是 Word/Excel 文档（缺少文档结构），未保存", 415);
        }
    }

    private static String describe(String type) {
        if (type == null) {
            return "未知类型";
        }
        return switch (type) {
            case "application/octet-stream" -> "无法识别的二进制内容";
            case "application/x-executable", "application/x-sharedlib", "application/x-msdownload",
                    "application/x-dosexec", "application/x-elf" -> "可执行程序";
            case "application/zip" -> "ZIP 压缩包";
            case "text/plain" -> "纯文本";
            case "text/html" -> "网页（HTML）";
            default -> LABELS.getOrDefault(type, type);
        };
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1024.0 / 1024.0) : String.format("%.1f KB", bytes / 1024.0);
    }
}
