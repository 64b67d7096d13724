package cn.duban.drafting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The drafting page's settings.
 *
 * @param keywordsFile the keyword map, relative to {@code duban.config-dir}; without such a file the map built into the
 *                     jar applies (README: 起草助手)
 */
@ConfigurationProperties(prefix = DraftingProperties.PREFIX)
public record DraftingProperties(@DefaultValue("drafting-keywords.yaml") String keywordsFile) {

    public static final String PREFIX = "duban.drafting";
}
