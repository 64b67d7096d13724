package cn.duban.notify;

/** Where a notification goes. */
public enum Channel {
    /** duban's own inbox, shown with the bell on duban's pages; delivered as soon as it is written. */
    IN_APP,
    /** a 企业微信 group robot (webhook). */
    WECOM,
    /** a 钉钉 custom robot (webhook, optionally signed). */
    DINGTALK,
    /** an inbox over SMTP. */
    EMAIL
}
