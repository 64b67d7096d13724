package cn.duban.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An attached file as pages show it: name, type and size in words, who and when, its hash and download link. */
public final class EvidenceLines {

    private EvidenceLines() {
    }

    public static Map<String, Object> of(EvidenceFile file) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", file.id());
        line.put("name", file.fileName());
        line.put("type", FileInspection.label(file.mediaType()));
        line.put("size", file.sizeBytes() >= 1024 * 1024 ? String.format("%.1f MB", file.sizeBytes() / 1048576.0)
                : String.format("%.1f KB", file.sizeBytes() / 1024.0));
        line.put("sha256", file.sha256());
        line.put("uploadedBy", file.uploadedBy());
        line.put("uploadedAt", file.uploadedAt().toString());
        line.put("purpose", file.purpose().name());
        line.put("task", file.taskName());
        line.put("period", Optional.ofNullable(file.period()).orElse(""));
        line.put("sealed", file.sealed());
        line.put("link", file.downloadLink());
        return line;
    }}
