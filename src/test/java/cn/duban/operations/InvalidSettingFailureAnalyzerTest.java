package cn.duban.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.duban.authorization.AuthorizationCheckProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;

class InvalidSettingFailureAnalyzerTest {

    @Test
    void aRefusedDubanSettingIsReportedInChineseWithItsNameAndValue() {
        BindException refused = bind(Map.of("duban.authorization.prefilter-groups-above", "-1"), "duban.authorization",
                AuthorizationCheckProperties.class);

        FailureAnalysis analysis = new InvalidSettingFailureAnalyzer().analyze(refused);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("duban.authorization").contains("prefilter-groups-above")
                .contains("-1").doesNotContain("cn.duban").doesNotContain("Exception");
        assertThat(analysis.getAction()).contains("改正");
    }

    @Test
    void aDubanSettingThatIsNoNumberIsNamedWithItsValue() {
        BindException refused = bind(Map.of("duban.authorization.prefilter-groups-above", "many"), "duban.authorization",
                AuthorizationCheckProperties.class);

        FailureAnalysis analysis = new InvalidSettingFailureAnalyzer().analyze(refused);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo(
                "duban 的配置项「duban.authorization.prefilter-groups-above」的值「many」格式不正确，未能启动");
    }

    @Test
    void anotherLibrarysSettingKeepsSpringsReport() {
        BindException refused = bind(Map.of("server.port", "not-a-port"), "server", ServerProperties.class);

        assertThat(new InvalidSettingFailureAnalyzer().analyze(refused)).isNull();
    }

    private static BindException bind(Map<String, String> settings, String prefix, Class<?> type) {
        Binder binder = new Binder(new MapConfigurationPropertySource(settings));
        return catchThrowableOfType(BindException.class, () -> binder.bind(prefix, type));
    }
}
