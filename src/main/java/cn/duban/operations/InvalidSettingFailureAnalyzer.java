package cn.duban.operations;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.convert.ConversionFailedException;

/**
 * A duban setting that cannot be read (not a number, say) or that its typed properties refused (a negative limit):
 * in Chinese, naming the setting and its value, instead of Spring's English report naming the properties class.
 * Settings of other libraries keep Spring's report. Registered in {@code META-INF/spring.factories}.
 */
class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        // the name, not the target's type: a setting that is no number fails binding an int
        if (!cause.getName().toString().startsWith("duban.")) {
            return null;
        }
        String action = "请在 application.yaml、启动参数（--名称=值）或环境变量中改正该配置项后重新启动。";
        ConfigurationProperty property = cause.getProperty();
        if (findCause(cause, ConversionFailedException.class) != null && property != null) {
            return new FailureAnalysis("duban 的配置项「" + property.getName() + "」的值「" + property.getValue()
                    + "」格式不正确，未能启动", action, cause);
        }
        IllegalArgumentException refusal = findCause(cause, IllegalArgumentException.class);
        if (refusal == null || refusal.getMessage() == null) {
            return null;
        }
        return new FailureAnalysis("duban 的配置项「" + cause.getName() + "」无效，未能启动：" + refusal.getMessage(), action, cause);
    }
}
