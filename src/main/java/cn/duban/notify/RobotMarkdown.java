package cn.duban.notify;

/** The markdown both robots render: the title in bold, the text, and the task as a link. */
final class RobotMarkdown {

    private RobotMarkdown() {
    }

    static String of(Notification n, String baseUrl) {
        String text = "**" + n.title() + "**\n\n" + n.body();
        return n.link() == null ? text : text + "\n\n[在 Tasklist 中办理](" + baseUrl + n.link() + ")";
    }
}
