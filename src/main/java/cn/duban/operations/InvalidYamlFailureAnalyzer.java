package cn.duban.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Spring Boot's start-up failure report for a configuration file that is not valid YAML, in Chinese. */
class InvalidYamlFailureAnalyzer extends AbstractFailureAnalyzer<InvalidYamlFile> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidYamlFile cause) {
        return new FailureAnalysis("配置文件有误，未能启动：" + cause.getMessage(),
                "请改正 " + cause.file().toAbsolutePath().normalize() + " 中标出的位置（常见原因：引号或括号未闭合、缩进不一致、"
                        + "冒号后缺少空格、文件不是 UTF-8 编码），再重新启动。", cause);
    }
}
