package cn.duban.identity;

import cn.duban.testing.PostgresWebTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.ledger.LedgerValidationException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Users from a users file: checked as a whole (file, line, field), created without a usable password, activated
 * once with their one-time code over HTTP; a second start-up changes nothing.
 */
@PostgresWebTest
class UsersFileTest {

    @LocalServerPort
    int port;
    @Autowired
    UsersFromFile users;
    @Autowired
    IdentityService identity;
    @Autowired
    IdentityProperties properties;

    @TempDir
    Path folder;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFileWithAnyErrorIsRefusedWholeNamingFileLineAndField() throws Exception {
        Path file = write("""
                users:
                  - {id: uftgood, lastName: 王, groups: [gongxin]}
                  - {id: uft-bad, lastName: 李, groups: [gongxin]}
                  - {id: uftnogroup, lastName: 张, groups: [nosuchbureau]}
                  - {id: uftnoname, groups: [duchashi]}
                """);
        assertThatThrownBy(() -> users.apply(file)).isInstanceOf(LedgerValidationException.class)
                .hasMessageContaining(file + ":3").hasMessageContaining("uft-bad")
                .hasMessageContaining(file + ":4").hasMessageContaining("nosuchbureau")
                .hasMessageContaining(file + ":5").hasMessageContaining("lastName");
        assertThat(identity.createUserQuery().userId("uftgood").count()).isZero();
    }

    @Test
    void aNewUserSetsTheirPasswordOnceWithTheirCode() throws Exception {
        Path file = write("""
                users:
                  - {id: uftwang, lastName: 王, firstName: 芳, email: wang@dongli.gov.cn, groups: [gongxin]}
                """);
        assertThat(users.apply(file)).containsExactly("uftwang");
        assertThat(identity.createUserQuery().userId("uftwang").memberOfGroup("gongxin").count()).isOne();
        String code = codeOf("uftwang");
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

        assertThat(activate("uftwang", code, "short1").body()).contains("至少 10 个字符");
        assertThat(activate("uftwang", "AAAA-BBBB-CCCC", "Gongxin-2024-secret").statusCode()).isEqualTo(400);
        HttpResponse<String> done = activate("uftwang", code.toLowerCase(), "Gongxin-2024-secret");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(identity.checkPassword("uftwang", "Gongxin-2024-secret")).isTrue();
        assertThat(activate("uftwang", code, "Another-2024-secret").body()).contains("已使用");
        assertThat(identity.checkPassword("uftwang", "Gongxin-2024-secret")).isTrue();
    }

    @Test
    void aWeakPasswordIsRefusedListingWhatIsMissingAndTheCodeStaysUsable() throws Exception {
        assertThat(users.apply(write("users:\n  - {id: uftsun, lastName: 孙, firstName: 丽, groups: [gongxin]}\n")))
                .containsExactly("uftsun");
        String code = codeOf("uftsun");

        HttpResponse<String> weak = activate("uftsun", code, "abcdefghijk");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("密码不符合要求", "大写字母", "数字", "特殊字符").doesNotContain("小写字母", "个字符；");
        HttpResponse<String> personal = activate("uftsun", code, "Uftsun-2024-pass");
        assertThat(personal.statusCode()).isEqualTo(400);
        assertThat(personal.body()).contains("不得包含用户名");

        assertThat(activate("uftsun", code, "Gongxin-2024-secret").statusCode()).isEqualTo(200);
        assertThat(identity.checkPassword("uftsun", "Gongxin-2024-secret")).isTrue();
    }

    @Test
    void aSecondStartUpCreatesNoOneAndIssuesNoCodeButAddsNewMemberships() throws Exception {
        Path first = write("users:\n  - {id: uftli, lastName: 李, groups: [nongye]}\n");
        assertThat(users.apply(first)).containsExactly("uftli");
        long codes = Files.readAllLines(properties.activationCodesFile()).size();
        Path second = write("users:\n  - {id: uftli, lastName: 李, groups: [nongye, duchashi]}\n");
        assertThat(users.apply(second)).isEmpty();
        assertThat(Files.readAllLines(properties.activationCodesFile())).hasSize((int) codes);
        assertThat(identity.createUserQuery().userId("uftli").memberOfGroup("duchashi").count()).isOne();
    }

    @Test
    void fiveWrongCodesLockTheCode() throws Exception {
        assertThat(users.apply(write("users:\n  - {id: uftzhao, lastName: 赵, groups: [shenji]}\n"))).containsExactly("uftzhao");
        for (int i = 0; i < UserActivations.MAX_FAILED_TRIES; i++) {
            activate("uftzhao", "AAAA-BBBB-CCCC", "Shenji-2024-secret");
        }
        assertThat(activate("uftzhao", codeOf("uftzhao"), "Shenji-2024-secret").body()).contains("错误次数过多");
        assertThat(identity.checkPassword("uftzhao", "Shenji-2024-secret")).isFalse();
    }

    private Path write(String yaml) throws Exception {
        Path file = folder.resolve("users-" + System.nanoTime() + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private String codeOf(String userId) throws Exception {
        List<String> lines = Files.readAllLines(properties.activationCodesFile());
        return lines.stream().filter(line -> line.startsWith(userId + "\t")).reduce((a, b) -> b).orElseThrow().split("\t")[1];
    }

    private HttpResponse<String> activate(String userId, String code, String password) throws Exception {
        String json = "{\"userId\":\"" + userId + "\",\"code\":\"" + code + "\",\"password\":\"" + password + "\"}";
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/duban/api/activation"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
