package cn.duban.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Spring Boot's start-up failure report for a missing configuration file, in Chinese and without a stack trace:
 * which file, and how to point duban at the right directory. Registered in {@code META-INF/spring.factories}.
 */
class ConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<MissingConfiguration> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingConfiguration cause) {
        String description = "duban 的业务配置不完整，未能启动：\n  - " + String.join("\n  - ", cause.problems())
                + "\n配置目录：" + cause.configDir().toAbsolutePath().normalize() + "（" + DubanDirectories.CONFIG_DIR + "）";
        String action = "请把 config/ 目录（ledger-2024.yaml、bureaus.yaml、leaders.yaml、scorecard.yaml，"
                + "可选 users.yaml，以及台账引用的 report/ 报告全文）放在服务器上，"
                + "并用 --" + DubanDirectories.CONFIG_DIR + "=<目录> 或环境变量 DUBAN_CONFIG_DIR 指定它的位置。";
        return new FailureAnalysis(description, action, cause);
    }
}
