package cn.duban.notify;

/** How a robot message is written: plain text, or markdown (title in bold, link clickable). */
public enum MessageFormat {
    TEXT, MARKDOWN
}
