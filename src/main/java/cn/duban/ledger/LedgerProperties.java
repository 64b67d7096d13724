package cn.duban.ledger;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the ledger files live and when they are imported.
 *
 * @param directory       folder holding the ledger, bureau and leader files (relative to the working directory)
 * @param ledgerFile      the commitment ledger (任务分解表), YAML
 * @param bureausFile     the responsible units (责任单位名录), YAML
 * @param leadersFile     the responsible district leaders (分管区领导), YAML
 * @param importOnStartup whether the ledger is imported when the application starts
 */
@ConfigurationProperties(prefix = LedgerProperties.PREFIX)
public record LedgerProperties(
        Path directory, String ledgerFile, String bureausFile, String leadersFile, boolean importOnStartup) {

    public static final String PREFIX = "duban.ledger";

    public Path ledgerPath() {
        return directory.resolve(ledgerFile);
    }

    public Path bureausPath() {
        return directory.resolve(bureausFile);
    }

    public Path leadersPath() {
        return directory.resolve(leadersFile);
    }
}
