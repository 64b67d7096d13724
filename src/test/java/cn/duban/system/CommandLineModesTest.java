package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.ledger.LedgerFixture;
import cn.duban.ledger.LedgerProperties;
import cn.duban.testing.EmbeddedPostgresDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class CommandLineModesTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void extractPrintsDraftEntriesForTargetsTheLedgerDoesNotCoverYet() {
        LedgerProperties files = LedgerFixture.in(folder).write();

        int exit = CommandLineModes.extract(new String[] {folder.resolve("report.txt").toString(),
                "--ledger=" + files.ledgerPath(), "--bureaus=" + files.bureausPath(), "--leaders=" + files.leadersPath()},
                print(out), print(err));

        assertThat(exit).isZero();
        assertThat(text(out))
                .contains("    target: \"3800亩\"", "    direction: at-least", "    title: \"新建高标准农田3800亩\"",
                        "    section: \"02\"", "    source: \"严格落实耕地保护和粮食安全责任，新建高标准农田3800亩")
                .contains("共找到 4 个量化目标").contains("台账已覆盖量化目标 3 个，未覆盖 1 个")
                .doesNotContain("target: \"15家\"");
    }

    @Test
    void extractWithoutAReportExplainsItsUsage() {
        int exit = CommandLineModes.extract(new String[0], print(out), print(err));

        assertThat(exit).isEqualTo(2);
        assertThat(text(err)).contains("用法：extract <报告文本.txt>");
    }

    @Test
    void importModeImportsTheLedgerIntoTheConfiguredDatabaseAndExits() {
        LedgerProperties files = LedgerFixture.in(folder).write();

        int exit = CommandLineModes.importLedger(importArgs("ledger.yaml"), print(out), print(err));

        assertThat(exit).isZero();
        assertThat(text(out)).contains("台账导入完成");
        assertThat(jdbc().queryForObject("select actor from ledger_import where ledger_file = ?", String.class,
                files.ledgerPath().toString())).isEqualTo("command-line");
    }

    @Test
    void importModeRejectsAnInvalidLedgerNamingTheProblemAndImportsNothing() {
        LedgerProperties files = LedgerFixture.in(folder).ledgerWith("deadline: 2024-12-31", "deadline: 2024-02-30").write();

        int exit = CommandLineModes.importLedger(importArgs("ledger.yaml"), print(out), print(err));

        assertThat(exit).isEqualTo(1);
        assertThat(text(err)).contains("ledger.yaml:15 [2024-02-01] 字段 deadline：“2024-02-30”不是有效日期");
        assertThat(jdbc().queryForObject("select count(*) from ledger_import where ledger_file = ?", Integer.class,
                files.ledgerPath().toString())).isZero();
    }

    private String[] importArgs(String ledgerFile) {
        return Stream.of(
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl(null),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--camunda.bpm.process-engine-name=commandline",
                "--duban.ledger.directory=" + folder,
                "--duban.ledger.ledger-file=" + ledgerFile,
                "--duban.ledger.bureaus-file=bureaus.yaml",
                "--duban.ledger.leaders-file=leaders.yaml").toArray(String[]::new);
    }

    private static JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(EmbeddedPostgresDatabase.jdbcUrl(null), "postgres", "postgres"));
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
