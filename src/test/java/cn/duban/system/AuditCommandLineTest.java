package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.identity.Roles;
import cn.duban.testing.EmbeddedPostgresDatabase;
import cn.duban.testing.PostgresTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code export} and {@code verify} modes, against the test database (users made through this test's engine). */
@PostgresTest
class AuditCommandLineTest {

    @TempDir
    Path folder;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void oneAuditorAndOneClerk() {
        user("clauditor", Roles.AUDITORS);
        user("clclerk", "gongxin");
    }

    @Test
    void exportWritesAFileThatVerifyPassesAndRecordsTheAuditor() {
        Path file = folder.resolve("export.xlsx");

        int exit = CommandLineModes.export(args("--user=clauditor", "--format=xlsx", "--from=2024-01-01", "--to=2024-12-31",
                "--out=" + file), print(out), print(err));

        assertThat(exit).as(text(err)).isZero();
        assertThat(text(out)).contains("导出完成：导出记录 #", "已写入");
        assertThat(jdbc.queryForObject("select count(*) from export_record where actor = 'clauditor' "
                + "and channel = 'command-line' and status = 'COMPLETED'", Integer.class)).isPositive();

        assertThat(CommandLineModes.verify(new String[] {file.toString()}, print(out), print(err))).isZero();
        assertThat(text(out)).contains("校验通过：export.xlsx");
    }

    @Test
    void exportRefusesAUserOutsideTheAuditGroupAndWritesNothing() {
        Path file = folder.resolve("refused.zip");
        Integer before = jdbc.queryForObject("select count(*) from export_record", Integer.class);

        int exit = CommandLineModes.export(args("--user=clclerk", "--out=" + file), print(out), print(err));

        assertThat(exit).isEqualTo(1);
        assertThat(text(err)).contains("用户 clclerk 不存在或不属于审计组（shenji），不能导出历史记录");
        assertThat(file).doesNotExist();
        assertThat(jdbc.queryForObject("select count(*) from export_record", Integer.class)).isEqualTo(before);
    }

    @Test
    void exportWithoutAUserOrWithABadDateExplainsAndStartsNothing() {
        assertThat(CommandLineModes.export(new String[] {"--format=csv"}, print(out), print(err))).isEqualTo(2);
        assertThat(text(err)).contains("用法：export --user=");

        assertThat(CommandLineModes.export(new String[] {"--user=clauditor", "--from=2024-02-30"}, print(out), print(err))).isEqualTo(1);
        assertThat(text(err)).contains("参数 --from：“2024-02-30”不是 YYYY-MM-DD 格式的有效日期");
    }

    @Test
    void verifyFailsNamingTheFileWhenTheArchiveLostAFile() throws Exception {
        Path file = folder.resolve("broken.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
            zip.write(("{\"formatVersion\":1,\"format\":\"csv\",\"exportId\":1,\"exportedAt\":\"t\",\"exportedBy\":\"a\","
                    + "\"filter\":{\"commitments\":[],\"bureaus\":[],\"from\":null,\"to\":null},"
                    + "\"filterSummary\":\"commitments=[] bureaus=[] from=- to=-\",\"files\":[{\"file\":\"task_instance.csv\","
                    + "\"table\":\"task_instance\",\"rows\":1,\"sha256\":\"00\"}],\"chainHash\":\"00\"}").getBytes(StandardCharsets.UTF_8));
        }

        assertThat(CommandLineModes.verify(new String[] {file.toString()}, print(out), print(err))).isEqualTo(1);
        assertThat(text(err)).contains("校验未通过：broken.zip", "文件 task_instance.csv 缺失", "清单已被改动");
    }

    private static String[] args(String... options) {
        return Stream.concat(Stream.of(
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl(null),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--camunda.bpm.process-engine-name=commandline"), Stream.of(options)).toArray(String[]::new);
    }

    private void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(id);
            user.setLastName("测试");
            user.setPassword("Cli-Test-Passw0rd");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
