package cn.duban.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the engine keeps history, which is the government's record of who did what.
 *
 * @param timeToLiveDays days a finished process's history is kept; history cleanup also removes its comments and attachments
 */
@ConfigurationProperties(prefix = HistoryProperties.PREFIX)
public record HistoryProperties(int timeToLiveDays) {

    public static final String PREFIX = "duban.history";
}
