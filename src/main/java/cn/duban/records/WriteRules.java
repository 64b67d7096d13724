package cn.duban.records;

import cn.duban.identity.Roles;
import cn.duban.system.ApiCaller;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Who may write which comment or attachment. The engine checks none of this itself: it lets anyone add a comment or
 * attachment to any task, anyone delete any attachment, and whoever may work a task rewrite or delete anyone's
 * comment on it. Engine-written comments (催办 reminders) carry no user, so only administrators touch them.
 */
final class WriteRules {

    static final String ADD = "只有可办理此任务的人员（候选单位成员或办理人）和区政府督查室可以在任务上添加评论或附件";
    static final String OTHER_INSTANCE = "评论只能写在任务所属的流程实例上";
    static final String FOREIGN_COMMENT = "不能修改或删除他人的评论";
    static final String ENGINE_COMMENT = "系统写入的评论（如催办记录）只有系统管理员可以修改或删除";
    static final String COMMENT_CLOSED = "只有仍可办理此任务的评论作者本人可以修改或删除评论";
    static final String ALL_COMMENTS = "一次删除任务的全部评论只有系统管理员可以操作";
    static final String INSTANCE_COMMENT = "流程实例上的评论只有系统管理员可以修改或删除";
    static final String ATTACH_AS_EVIDENCE = "文件请作为佐证材料上传（Tasklist 表单下方的「佐证材料」，或 POST /duban/api/tasks/{任务编号}/evidence），"
            + "以便核对文件类型并随任务归档；引擎的附件接口只供系统管理员使用";
    static final String EVIDENCE_KEPT = "任务已办结，附件作为留痕证据不能再删除";
    static final String FOREIGN_ATTACHMENT = "附件只能由上传者本人在任务办结前删除";
    static final String ANNOTATION = "操作日志的备注只有系统管理员可以修改";
    static final String OTHER = "只有系统管理员可以进行此操作";

    private final IdentityService identity;
    private final TaskService tasks;
    private final HistoryService history;

    WriteRules(ProcessEngine engine) {
        this.identity = engine.getIdentityService();
        this.tasks = engine.getTaskService();
        this.history = engine.getHistoryService();
    }

    /**
     * The reason to refuse, or empty to let the engine do it.
     *
     * @param bodyField a field of the request's JSON body ({@code processInstanceId}, {@code id}), or null
     */
    Optional<String> refusal(ApiCaller caller, RecordWrite write, Function<String, String> bodyField) {
        return asEngine(() -> decide(caller, write, bodyField));
    }

    private Optional<String> decide(ApiCaller caller, RecordWrite write, Function<String, String> bodyField) {
        boolean administrator = caller.isMemberOf(Roles.ADMINISTRATORS);
        String taskId = write.ownerId();
        return switch (write.action()) {
            case ADD_TASK_COMMENT -> mayAddTo(caller, taskId) ? sameInstance(taskId, bodyField.apply("processInstanceId"))
                    : refuse(ADD, administrator);
            // files enter through duban's evidence door, which reads their type from the content; not through this one
            case ADD_TASK_ATTACHMENT -> refuse(mayAddTo(caller, taskId) ? ATTACH_AS_EVIDENCE : ADD, administrator);
            case UPDATE_TASK_COMMENT -> administrator ? Optional.empty() : ownComment(caller, taskId, bodyField.apply("id"));
            case DELETE_TASK_COMMENT -> administrator ? Optional.empty() : ownComment(caller, taskId, write.recordId());
            case DELETE_TASK_ATTACHMENT -> attachmentDeletion(caller, taskId, write.recordId(), administrator);
            case DELETE_ALL_TASK_COMMENTS -> refuse(ALL_COMMENTS, administrator);
            case UPDATE_INSTANCE_COMMENT, DELETE_INSTANCE_COMMENT, DELETE_ALL_INSTANCE_COMMENTS -> refuse(INSTANCE_COMMENT, administrator);
            case ANNOTATE_OPERATION_LOG -> refuse(ANNOTATION, administrator);
            case OTHER_WRITE -> refuse(OTHER, administrator);
        };
    }

    /** 督查室 may add to any task, open or done; others only to an open task they may work. */
    private boolean mayAddTo(ApiCaller caller, String taskId) {
        return caller.isMemberOf(Roles.ADMINISTRATORS) || caller.isMemberOf(Roles.SUPERVISION_OFFICE) || mayWork(caller, taskId);
    }

    private boolean mayWork(ApiCaller caller, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return false;
        }
        if (caller.userId().equals(task.getAssignee())) {
            return true;
        }
        List<IdentityLink> links = tasks.getIdentityLinksForTask(taskId);
        return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> caller.userId().equals(link.getUserId())
                        || link.getGroupId() != null && caller.isMemberOf(link.getGroupId()));
    }

    private Optional<String> sameInstance(String taskId, String processInstanceId) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        String own = Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult()).map(Task::getProcessInstanceId)
                .orElseGet(() -> Optional.ofNullable(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult())
                        .map(t -> t.getProcessInstanceId()).orElse(null));
        return processInstanceId.equals(own) ? Optional.empty() : Optional.of(OTHER_INSTANCE);
    }

    private Optional<String> ownComment(ApiCaller caller, String taskId, String commentId) {
        Comment comment = commentId == null ? null : tasks.getTaskComment(taskId, commentId);
        if (comment != null && comment.getUserId() == null) {
            return Optional.of(ENGINE_COMMENT);
        }
        if (comment == null || !caller.userId().equals(comment.getUserId())) {
            return Optional.of(FOREIGN_COMMENT);
        }
        // the engine lets the author change the comment only while they may work the task; say so in Chinese first
        return mayWork(caller, taskId) ? Optional.empty() : Optional.of(COMMENT_CLOSED);
    }

    private Optional<String> attachmentDeletion(ApiCaller caller, String taskId, String attachmentId, boolean administrator) {
        if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
            // also for administrators: the engine would delete it without an operation-log entry once the task is gone
            return Optional.of(EVIDENCE_KEPT);
        }
        if (administrator) {
            return Optional.empty();
        }
        Attachment attachment = tasks.getTaskAttachment(taskId, attachmentId);
        return attachment != null && uploaders(taskId, attachment.getName()).equals(Set.of(caller.userId()))
                ? Optional.empty() : Optional.of(FOREIGN_ATTACHMENT);
    }

    /**
     * The engine keeps no uploader on an attachment; its operation log names who added an attachment of this name to
     * the task. Two people adding the same name makes it ambiguous, and then only an administrator may delete.
     */
    private Set<String> uploaders(String taskId, String name) {
        return history.createUserOperationLogQuery().taskId(taskId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_ADD_ATTACHMENT).list().stream()
                .filter(entry -> "name".equals(entry.getProperty()) && Objects.equals(name, entry.getNewValue()))
                .map(UserOperationLogEntry::getUserId).collect(Collectors.toSet());
    }

    private static Optional<String> refuse(String reason, boolean administrator) {
        return administrator ? Optional.empty() : Optional.of(reason);
    }

    /** Looks records up without the caller's own read restrictions, then puts the caller back. */
    private <T> T asEngine(Supplier<T> lookup) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
