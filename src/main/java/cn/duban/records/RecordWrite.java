package cn.duban.records;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request that writes a comment, an attachment or an operation-log annotation, read from its method and its path
 * below the engine API's root ({@code /task/…}, {@code /process-instance/…}, {@code /history/user-operation/…}): the
 * same paths under both doors, {@code /engine-rest} and the webapps' {@code /camunda/api/engine/engine/default}.
 *
 * @param ownerId the task, process instance or operation-log entry the record belongs to
 * @param recordId the comment or attachment named in the path, if any
 */
record RecordWrite(Action action, String ownerId, String recordId) {

    enum Action {
        ADD_TASK_COMMENT, UPDATE_TASK_COMMENT, DELETE_TASK_COMMENT, DELETE_ALL_TASK_COMMENTS,
        ADD_TASK_ATTACHMENT, DELETE_TASK_ATTACHMENT,
        UPDATE_INSTANCE_COMMENT, DELETE_INSTANCE_COMMENT, DELETE_ALL_INSTANCE_COMMENTS,
        ANNOTATE_OPERATION_LOG,
        /** Any other write under a comment or attachment path: no such endpoint today, so refused unless administrator. */
        OTHER_WRITE
    }

    private static final Pattern RECORD =
            Pattern.compile("/(task|process-instance)/([^/]+)/(comment|attachment)(?:/([^/]+))?(?:/([^/]+))?/?");
    private static final Pattern ANNOTATION = Pattern.compile("/history/user-operation/([^/]+)/(?:set|clear)-annotation/?");

    /** {@code path} is below the API root; reading, and anything that is no comment or attachment, is empty. */
    static Optional<RecordWrite> of(String method, String path) {
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return Optional.empty();
        }
        Matcher annotation = ANNOTATION.matcher(path);
        if (annotation.matches()) {
            return Optional.of(new RecordWrite(Action.ANNOTATE_OPERATION_LOG, annotation.group(1), null));
        }
        Matcher record = RECORD.matcher(path);
        if (!record.matches()) {
            return Optional.empty();
        }
        if (record.group(5) != null) {
            return Optional.of(new RecordWrite(Action.OTHER_WRITE, record.group(2), record.group(4)));
        }
        boolean task = "task".equals(record.group(1));
        boolean comment = "comment".equals(record.group(3));
        String id = record.group(4);
        Action action = switch (method) {
            case "POST" -> "create".equals(id) ? (task && comment ? Action.ADD_TASK_COMMENT : task ? Action.ADD_TASK_ATTACHMENT : null) : null;
            case "PUT" -> id == null && comment ? (task ? Action.UPDATE_TASK_COMMENT : Action.UPDATE_INSTANCE_COMMENT) : null;
            case "DELETE" -> deletion(task, comment, id);
            default -> null;
        };
        return Optional.of(new RecordWrite(action == null ? Action.OTHER_WRITE : action, record.group(2), id));
    }

    /** The comment's JSON body names the comment to update, or the process instance to comment on. */
    boolean readsBody() {
        return action == Action.ADD_TASK_COMMENT || action == Action.UPDATE_TASK_COMMENT;
    }

    private static Action deletion(boolean task, boolean comment, String id) {
        if (!comment) {
            return task && id != null ? Action.DELETE_TASK_ATTACHMENT : null;
        }
        if (task) {
            return id == null ? Action.DELETE_ALL_TASK_COMMENTS : Action.DELETE_TASK_COMMENT;
        }
        return id == null ? Action.DELETE_ALL_INSTANCE_COMMENTS : Action.DELETE_INSTANCE_COMMENT;
    }
}
