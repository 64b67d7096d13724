package cn.duban.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Before anything starts, checks that the configuration directory holds the files duban cannot run without: the
 * ledger, the bureau and leader lists (the groups and permissions are made from them) and the scorecard formula
 * ({@code scorecard.yaml}: no built-in weights, a forgotten file must not score bureaus by a formula nobody
 * configured). {@code users.yaml} is optional. A missing file stops the start with a Chinese message naming it
 * ({@link ConfigurationFailureAnalyzer}). Runs after the logging system is set up, so the message reaches the log
 * file too. Registered in {@code META-INF/spring.factories}.
 */
public class RequiredConfiguration implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String SCORECARD_FILE = "scorecard.yaml";

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(Environment environment) {
        Path configDir = Path.of(environment.getProperty(DubanDirectories.CONFIG_DIR, DubanDirectories.DEFAULT_CONFIG_DIR));
        if (!Files.isDirectory(configDir)) {
            throw new MissingConfiguration(configDir, List.of("该目录不存在"));
        }
        Path ledgerDir = Path.of(environment.getProperty("duban.ledger.directory", configDir.toString()));
        List<String> problems = new ArrayList<>();
        require(ledgerDir.resolve(environment.getProperty("duban.ledger.ledger-file", "ledger-2024.yaml")), "台账（任务分解表）", problems);
        require(ledgerDir.resolve(environment.getProperty("duban.ledger.bureaus-file", "bureaus.yaml")), "责任单位名录", problems);
        require(ledgerDir.resolve(environment.getProperty("duban.ledger.leaders-file", "leaders.yaml")), "分管区领导名录", problems);
        require(configDir.resolve(SCORECARD_FILE), "晾晒成绩单的计分规则", problems);
        if (!problems.isEmpty()) {
            throw new MissingConfiguration(configDir, problems);
        }
    }

    private static void require(Path file, String holds, List<String> problems) {
        String name = file.toAbsolutePath().normalize().toString();
        if (!Files.exists(file)) {
            problems.add("缺少 " + name + "（" + holds + "）");
        } else if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            problems.add(name + "（" + holds + "）不是可读的文件");
        }
    }
}
