package cn.duban.operations;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where an installation keeps its files, each from one setting (README: Running duban).
 *
 * @param configDir the business configuration: ledger, bureaus, leaders, users, scorecard, report texts
 *                  ({@code --duban.config-dir}, environment {@code DUBAN_CONFIG_DIR}); relative to the working directory
 * @param dataDir   what the server writes: the demo profile's H2 database, activation codes, the demo clock
 *                  ({@code --duban.data-dir}, environment {@code DUBAN_DATA_DIR})
 */
@ConfigurationProperties(prefix = "duban")
public record DubanDirectories(@DefaultValue(DEFAULT_CONFIG_DIR) Path configDir, @DefaultValue(DEFAULT_DATA_DIR) Path dataDir) {

    public static final String CONFIG_DIR = "duban.config-dir";
    public static final String DEFAULT_CONFIG_DIR = "./config";
    public static final String DEFAULT_DATA_DIR = "./data";
}
