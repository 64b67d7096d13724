package cn.duban.evidence;

import java.time.Instant;

/** One attached file as stored: what, whose, for which task, and whether its task is done (sealed). */
public record EvidenceFile(long id, String sha256, String fileName, String mediaType, long sizeBytes, EvidencePurpose purpose,
        String commitmentId, String bureauId, String processInstanceId, String taskId, String taskName, String period,
        String uploadedBy, Instant uploadedAt, Instant sealedAt) {

    public boolean sealed() {
        return sealedAt != null;
    }

    public String downloadLink() {
        return "/duban/api/evidence/" + id;
    }
}
