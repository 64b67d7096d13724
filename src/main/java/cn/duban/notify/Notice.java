package cn.duban.notify;

import java.util.List;

/**
 * One thing to tell people: what happened to which commitment, the Chinese text, and the task to open.
 *
 * @param recipients bureau, leader or group ids (candidate groups of the task), or user ids
 * @param taskId     the task the text asks to act on; null when there is none
 */
public record Notice(NotificationKind kind, String commitmentId, String title, String text, String taskId,
        List<String> recipients) {

    public Notice {
        recipients = List.copyOf(recipients);
    }

    /** Tasklist's address of the task, relative to duban's base URL. */
    public String taskLink() {
        return taskId == null ? null : "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
