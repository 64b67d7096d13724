package cn.duban.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The jar, started with a duban setting its properties refuse, stops with the Chinese report naming the setting and
 * its value and a non-zero exit: the analyzer is registered where Spring Boot looks for it. Its own JVM, as an
 * operator starts it (a failed start inside the test JVM would leave state behind for the tests after it).
 */
class InvalidSettingIT {

    @Test
    void aRefusedSettingStopsTheStartWithItsChineseReport() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "invalid-setting-it"));
        Path log = dataDir.resolve("server.log");
        Process server = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-jar", ServerProcess.jar().toAbsolutePath().toString(), "--server.port=0", "--logging.charset.console=UTF-8",
                "--spring.datasource.url=jdbc:h2:mem:invalid-setting", "--duban.data-dir=" + dataDir.toAbsolutePath(),
                "--duban.overview.overdue-tasks-listed=0"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(server.waitFor(180, TimeUnit.SECONDS)).as("the start gives up").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(server.exitValue()).as(output).isNotZero();
        assertThat(output).contains("duban 的配置项「duban.overview」无效，未能启动")
                .contains("duban.overview.overdue-tasks-listed 应为 1 到 5000 之间的整数，而不是 0");
    }
}
