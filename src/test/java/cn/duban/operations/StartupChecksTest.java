package cn.duban.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.FileSystemUtils;

/** The checks before anything starts: required files of the configuration directory, and scorecard.yaml's syntax. */
class StartupChecksTest {

    @TempDir
    Path temp;

    @Test
    void theShippedConfigurationPasses() {
        RequiredConfiguration.check(new MockEnvironment().withProperty(DubanDirectories.CONFIG_DIR, "config"));
        ScorecardYamlCheck.check(Path.of("config", RequiredConfiguration.SCORECARD_FILE));
    }

    @Test
    void everyMissingRequiredFileIsNamedWithWhatItHolds() throws Exception {
        Path config = temp.resolve("duban");
        FileSystemUtils.copyRecursively(Path.of("config"), config);
        Files.delete(config.resolve("leaders.yaml"));
        Files.delete(config.resolve("scorecard.yaml"));
        Files.delete(config.resolve("users.yaml"));

        assertThatThrownBy(() -> RequiredConfiguration.check(new MockEnvironment()
                .withProperty(DubanDirectories.CONFIG_DIR, config.toString()).withProperty("duban.ledger.directory", config.toString())))
                .isInstanceOfSatisfying(MissingConfiguration.class, missing -> {
                    assertThat(missing.problems()).containsExactly(
                            "缺少 " + config.resolve("leaders.yaml") + "（分管区领导名录）",
                            "缺少 " + config.resolve("scorecard.yaml") + "（晾晒成绩单的计分规则）");
                    FailureAnalysis analysis = new ConfigurationFailureAnalyzer().analyze(missing);
                    assertThat(analysis.getDescription()).contains("leaders.yaml", "scorecard.yaml", config.toString());
                    assertThat(analysis.getAction()).contains("DUBAN_CONFIG_DIR");
                });
    }

    @Test
    void aMissingDirectoryIsSaidSo() {
        Path nowhere = temp.resolve("nowhere");

        assertThatThrownBy(() -> RequiredConfiguration.check(new MockEnvironment().withProperty(DubanDirectories.CONFIG_DIR, nowhere.toString())))
                .isInstanceOfSatisfying(MissingConfiguration.class,
                        missing -> assertThat(new ConfigurationFailureAnalyzer().analyze(missing).getDescription())
                                .contains("该目录不存在", nowhere.toString()));
    }

    @Test
    void brokenYamlInTheScorecardIsNamedWithItsLine() throws Exception {
        Path file = temp.resolve("scorecard.yaml");
        Files.writeString(file, "duban:\n  scorecard:\n    cron: \"0 0 9 6 * ?\n    bottom-count: 3\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ScorecardYamlCheck.check(file)).isInstanceOf(InvalidYamlFile.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("不是有效的 YAML").hasMessageContaining("始于第 3 行第 11 列");
    }

    @Test
    void aScorecardNotInUtf8IsSaidSo() throws Exception {
        Path file = temp.resolve("scorecard.yaml");
        Files.write(file, "duban:\n  scorecard:\n    cron: 每月\n".getBytes("GBK"));

        assertThatThrownBy(() -> ScorecardYamlCheck.check(file)).isInstanceOf(InvalidYamlFile.class)
                .hasMessageContaining("不是 UTF-8 编码");
    }
}
