package cn.duban.notify;

import java.util.List;

/**
 * One thing to tell people: what happened to which commitment, the Chinese text, and where to act or read.
 *
 * @param recipients bureau, leader or group ids (candidate groups of the task), or user ids
 * @param taskId     the task the text asks to act on; null when there is none
 * @param link       the task in Tasklist, or a duban page, relative to duban's base URL
 */
public record Notice(NotificationKind kind, String commitmentId, String title, String text, String taskId, String link,
        List<String> recipients) {

    public Notice {
        recipients = List.copyOf(recipients);
    }

    /** A notice asking to work a task, linked to it in Tasklist. */
    public static Notice forTask(NotificationKind kind, String commitmentId, String title, String text, String taskId,
            List<String> recipients) {
        return new Notice(kind, commitmentId, title, text, taskId, "/camunda/app/tasklist/default/#/?task=" + taskId, recipients);
    }

    /** A notice telling of something done, linked to the page that shows it. */
    public static Notice forPage(NotificationKind kind, String commitmentId, String title, String text, String page,
            List<String> recipients) {
        return new Notice(kind, commitmentId, title, text, null, page, recipients);
    }
}
