package cn.duban.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** 佐证材料 in PostgreSQL: content once per SHA-256 ({@code evidence_blob}), each attachment in {@code evidence_file}. */
@Repository
public class EvidenceStore {

    private final JdbcTemplate jdbc;

    EvidenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What an attachment is for, decided by duban from the task, never by the uploader. */
    record Owner(EvidencePurpose purpose, String commitmentId, String bureauId, String processInstanceId, String taskId,
            String taskName, String period) {
    }

    record Upload(String fileName, String mediaType, byte[] content, String sha256) {
    }

    @Transactional
    public List<EvidenceFile> add(Owner owner, List<Upload> uploads, String uploader, Instant at) {
        for (Upload upload : uploads) {
            if (jdbc.queryForObject("select count(*) from evidence_blob where sha256 = ?", Integer.class, upload.sha256()) == 0) {
                jdbc.update("insert into evidence_blob (sha256, size_bytes, content) values (?, ?, ?)", upload.sha256(),
                        upload.content().length, upload.content());
            }
            jdbc.update("""
                    insert into evidence_file (sha256, file_name, media_type, size_bytes, purpose, commitment_id, bureau_id,
                        process_instance_id, task_id, task_name, period, uploaded_by, uploaded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    upload.sha256(), upload.fileName(), upload.mediaType(), upload.content().length, owner.purpose().name(),
                    owner.commitmentId(), owner.bureauId(), owner.processInstanceId(), owner.taskId(), owner.taskName(),
                    owner.period(), uploader, Timestamp.from(at));
        }
        return ofTask(owner.taskId());
    }

    public List<EvidenceFile> ofTask(String taskId) {
        return jdbc.query("select * from evidence_file where task_id = ? order by id", EvidenceStore::map, taskId);
    }

    public int countOfTask(String taskId) {
        return jdbc.queryForObject("select count(*) from evidence_file where task_id = ?", Integer.class, taskId);
    }

    public List<EvidenceFile> ofCommitment(String commitmentId) {
        return jdbc.query("select * from evidence_file where commitment_id = ? and sealed_at is not null order by id",
                EvidenceStore::map, commitmentId);
    }

    public List<EvidenceFile> ofInstance(String processInstanceId, EvidencePurpose purpose) {
        return jdbc.query("select * from evidence_file where process_instance_id = ? and purpose = ? and sealed_at is not null"
                + " order by id", EvidenceStore::map, processInstanceId, purpose.name());
    }

    public Optional<EvidenceFile> find(long id) {
        return jdbc.query("select * from evidence_file where id = ?", EvidenceStore::map, id).stream().findFirst();
    }

    public byte[] content(String sha256) {
        return jdbc.queryForObject("select content from evidence_blob where sha256 = ?", byte[].class, sha256);
    }

    /** Removes an attachment of a task not yet completed; its content stays if another attachment shares it. */
    @Transactional
    public boolean removeUnsealed(long id) {
        return jdbc.update("delete from evidence_file where id = ? and sealed_at is null", id) == 1;
    }

    /** The task was completed: its attachments become part of the record. */
    public void seal(String taskId, Instant at) {
        jdbc.update("update evidence_file set sealed_at = ? where task_id = ? and sealed_at is null", Timestamp.from(at), taskId);
    }

    private static EvidenceFile map(ResultSet rs, int row) throws SQLException {
        Timestamp sealed = rs.getTimestamp("sealed_at");
        return new EvidenceFile(rs.getLong("id"), rs.getString("sha256"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), EvidencePurpose.valueOf(rs.getString("purpose")), rs.getString("commitment_id"),
                rs.getString("bureau_id"), rs.getString("process_instance_id"), rs.getString("task_id"),
                rs.getString("task_name"), rs.getString("period"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(), sealed == null ? null : sealed.toInstant());
    }
}
