package cn.duban.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The jar, started with a duban setting its properties refuse, stops with the Chinese report naming the setting and
 * its value and a non-zero exit: the analyzer is registered where Spring Boot looks for it. Its own JVM, as an
 * operator starts it (a failed start inside the test JVM would leave state behind for the tests after it).
 */
class InvalidSettingIT {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "duban.overview.overdue-tasks-listed=0|duban.overview|duban.overview.overdue-tasks-listed 应为 1 到 5000 之间的整数，而不是 0",
            "duban.database.random-page-cost=500|duban.database|duban.database.random-page-cost 必须在 0.1 到 100 之间（0 表示沿用数据库服务器的设置），当前为 500.0"})
    void aRefusedSettingStopsTheStartWithItsChineseReport(String setting, String prefix, String reason) throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "invalid-setting-it"));
        Path log = dataDir.resolve("server-" + prefix + ".log");
        Process server = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-jar", ServerProcess.jar().toAbsolutePath().toString(), "--server.port=0", "--logging.charset.console=UTF-8",
                "--spring.datasource.url=jdbc:h2:mem:invalid-setting", "--duban.data-dir=" + dataDir.toAbsolutePath(),
                "--" + setting))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(server.waitFor(180, TimeUnit.SECONDS)).as("the start gives up").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(server.exitValue()).as(output).isNotZero();
        assertThat(output).contains("duban 的配置项「" + prefix + "」无效，未能启动").contains(reason);
    }
}
