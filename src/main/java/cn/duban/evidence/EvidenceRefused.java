package cn.duban.evidence;

/** An upload refused: which file and why, in Chinese. Nothing of the request was stored. */
public class EvidenceRefused extends RuntimeException {

    private final String fileName;
    private final int status;

    EvidenceRefused(String fileName, String reason) {
        this(fileName, reason, 400);
    }

    EvidenceRefused(String fileName, String reason, int status) {
        super(fileName == null ? reason : "文件「" + fileName + "」" + reason);
        this.fileName = fileName;
        this.status = status;
    }

    String fileName() {
        return fileName;
    }

    int status() {
        return status;
    }
}
