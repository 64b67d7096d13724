package cn.duban.identity;

import cn.duban.testing.PostgresWebTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The password policy on the engine's user API: a weak password is a 400 naming what is missing, not a 500. */
@PostgresWebTest
class UserApiPasswordPolicyTest {

    static final String USER = "ppclerk";
    static final String PASSWORD = "Policy-Test-Passw0rd";
    static final String ADMIN = "testadmin";
    static final String ADMIN_PASSWORD = "Test-Only-Passw0rd";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void createUser() {
        if (identity.createUserQuery().userId(USER).count() == 0) {
            User user = identity.newUser(USER);
            user.setFirstName("策略");
            user.setLastName("测试");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
    }

    @Test
    void aWeakNewPasswordIsRefusedWithAChineseMessageListingWhatIsMissing() throws Exception {
        HttpResponse<String> response = put("/engine-rest/user/" + USER + "/credentials", USER, PASSWORD,
                "{\"password\":\"password\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("密码不符合要求", "至少 10 个字符", "大写字母", "数字", "特殊字符");
        assertThat(identity.checkPassword(USER, PASSWORD)).isTrue();
    }

    @Test
    void aPasswordContainingTheUserIdIsRefused() throws Exception {
        HttpResponse<String> response = put("/engine-rest/user/" + USER + "/credentials", ADMIN, ADMIN_PASSWORD,
                "{\"password\":\"Ppclerk-2024-new\",\"authenticatedUserPassword\":\"" + ADMIN_PASSWORD + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("不得包含用户名");
    }

    @Test
    void aNewUserWithAWeakPasswordIsNotCreated() throws Exception {
        HttpResponse<String> response = post("/engine-rest/user/create", ADMIN, ADMIN_PASSWORD,
                "{\"profile\":{\"id\":\"ppweak\",\"firstName\":\"弱\",\"lastName\":\"密码\"},\"credentials\":{\"password\":\"ppweak123\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("密码不符合要求");
        assertThat(identity.createUserQuery().userId("ppweak").count()).isZero();
    }

    @Test
    void aStrongPasswordIsAccepted() throws Exception {
        HttpResponse<String> response = put("/engine-rest/user/" + USER + "/credentials", USER, PASSWORD,
                "{\"password\":\"Another-Str0ng-Pass\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertThat(identity.checkPassword(USER, "Another-Str0ng-Pass")).isTrue();
        User user = identity.createUserQuery().userId(USER).singleResult();
        user.setPassword(PASSWORD);
        identity.saveUser(user);
    }

    @Test
    void aStrangerGetsTheApisOwn401() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/engine-rest/user/" + USER + "/credentials")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"weak\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> put(String path, String user, String password, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json)), user, password);
    }

    private HttpResponse<String> post(String path, String user, String password, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)), user, password);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + basic).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
