package cn.duban.identity;

import cn.duban.testing.PostgresWebTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failed logins over real HTTP: the same user from the same address waits longer after each failure (default 3 s,
 * 6 s, 12 s, … at most 10 minutes), never for good, and a stranger failing from another address does not keep the
 * administrator out. Time passes on the throttle's own clock, moved by the test.
 */
@PostgresWebTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingTest {

    static final String USER = "ltclerk";
    static final String PASSWORD = "Throttle-Test-Passw0rd";
    static final String ADMIN = "testadmin";
    static final String ADMIN_PASSWORD = "Test-Only-Passw0rd";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    LoginThrottle throttle;

    private Duration passed = Duration.ZERO;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void createUser() {
        if (identity.createUserQuery().userId(USER).count() == 0) {
            User user = identity.newUser(USER);
            user.setFirstName("限流");
            user.setLastName("测试");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
    }

    @AfterEach
    void forgetFailures() throws Exception {
        pass(Duration.ofHours(25));
        throttle.succeeded(USER, "127.0.0.1");
        throttle.succeeded(ADMIN, "127.0.0.1");
        throttle.succeeded(ADMIN, "127.0.0.2");
        throttle.useClock(Clock.systemUTC());
    }

    @Test
    void theSameAddressWaitsLongerAfterEachFailureAndThenGetsIn() throws Exception {
        assertThat(status(USER, "wrong-guess")).isEqualTo(401);
        assertThat(status(USER, PASSWORD)).as("even the right password waits 3 s").isEqualTo(401);
        pass(Duration.ofSeconds(4));
        assertThat(status(USER, "wrong-again")).isEqualTo(401);
        pass(Duration.ofSeconds(4));
        assertThat(status(USER, PASSWORD)).as("the second failure means 6 s").isEqualTo(401);
        pass(Duration.ofSeconds(3));
        assertThat(status(USER, PASSWORD)).isEqualTo(200);
    }

    @Test
    void manyFailuresNeverLockAnAccountForGood() throws Exception {
        for (int i = 0; i < 15; i++) {
            assertThat(status(USER, "guess-" + i)).isEqualTo(401);
            pass(Duration.ofMinutes(11));
        }
        assertThat(status(USER, PASSWORD)).as("Camunda would have locked the account after 10").isEqualTo(200);
    }

    @Test
    void aStrangerFailingFromAnotherAddressDoesNotKeepTheAdministratorOut() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(statusFrom("127.0.0.2", ADMIN, "guess-" + i)).isEqualTo(401);
            pass(Duration.ofMinutes(11));
        }
        assertThat(statusFrom("127.0.0.2", ADMIN, "one-more-guess")).isEqualTo(401);
        assertThat(statusFrom("127.0.0.2", ADMIN, ADMIN_PASSWORD)).as("the stranger's address waits").isEqualTo(401);

        assertThat(status(ADMIN, ADMIN_PASSWORD)).as("the administrator's own address does not").isEqualTo(200);
    }

    @Test
    void eachFailedLoginIsOneWarningNamingUserAndAddressButNotThePassword(CapturedOutput output) throws Exception {
        assertThat(status(USER, "Secret-Guess-42")).isEqualTo(401);

        assertThat(output.getAll().lines().filter(line -> line.contains("登录失败")))
                .singleElement().asString().contains("WARN", USER, "127.0.0.1").doesNotContain("Secret-Guess-42");
    }

    @Test
    void theWebappLoginIsThrottledLikeBasicAuthentication() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();

        assertThat(webappLogin(browser, token, "wrong-guess")).isEqualTo(401);
        assertThat(webappLogin(browser, token, ADMIN_PASSWORD)).isEqualTo(401);
        pass(Duration.ofSeconds(4));
        assertThat(webappLogin(browser, token, ADMIN_PASSWORD)).isEqualTo(200);
    }

    private int webappLogin(HttpClient browser, String token, String password) throws IOException, InterruptedException {
        String form = "username=" + ADMIN + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void pass(Duration duration) {
        passed = passed.plus(duration);
        throttle.useClock(Clock.offset(Clock.systemUTC(), passed));
    }

    private int status(String user, String password) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/engine-rest/engine")).header("Authorization", basic(user, password))
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** HTTP by hand over a socket bound to {@code localAddress}: another client address on the loopback network. */
    private int statusFrom(String localAddress, String user, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /engine-rest/engine HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic(user, password)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
