package cn.duban.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.DubanApplication;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The application itself, started with a duban setting its properties refuse, stops with the Chinese report naming
 * the setting and its value: the analyzer is registered where Spring Boot looks for it, not only callable.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvalidSettingAtStartTest {

    @Test
    void aRefusedSettingStopsTheStartWithItsChineseReport(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DubanApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:duban-bad-setting;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.process-engine-name=badsetting",
                "--camunda.bpm.job-execution.enabled=false",
                "--server.port=0",
                "--duban.demo.clock-file=target/bad-setting-clock.txt",
                "--duban.overview.overdue-tasks-listed=0"))
                .isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("duban 的配置项「duban.overview」无效，未能启动")
                .contains("duban.overview.overdue-tasks-listed 应为 1 到 5000 之间的整数，而不是 0");
        // nothing of the failed start stays behind for the tests after it
        assertThat(ProcessEngines.getProcessEngines()).doesNotContainKey("badsetting");
    }
}
