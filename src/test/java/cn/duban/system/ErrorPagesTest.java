package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Error answers over real HTTP: a browser gets duban's Chinese page (also when Camunda's webapps refuse an app, and
 * for an address Tomcat refuses itself), API clients and API paths the Chinese JSON; never a Whitelabel page, Tomcat's
 * report, a stack trace or a class name.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesTest {

    static final String PASSWORD = "Error-Pages-Passw0rd";
    static final String CLERK = "epclerk";
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private final CookieManager cookies = new CookieManager();
    /** The clerk's browser, logged into Tasklist. */
    private HttpClient clerk;
    private final HttpClient anonymous = HttpClient.newHttpClient();

    @BeforeAll
    void clerkLogsIntoTasklist() throws Exception {
        TestUsers.ensure(engine, CLERK, PASSWORD, "gongxin");
        clerk = HttpClient.newBuilder().cookieHandler(cookies).build();
        clerk.send(get("/camunda/api/admin/auth/user/default", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> login = clerk.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + CLERK + "&password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/camunda/app/cockpit/default/", "/camunda/app/admin/default/"})
    void aClerkOpeningAWebappItMayNotUseSeesAChinesePageSayingWhoMayUseIt(String path) throws Exception {
        HttpResponse<String> answer = clerk.send(get(path, BROWSER).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertChinesePage(answer, 403, "无权访问");
        assertThat(answer.body()).contains(path.contains("admin") ? "仅供系统管理员使用" : "仅供区政府督查室、审计和系统管理员使用");
    }

    @Test
    void theSameRefusalAskedForJsonIsTheChineseJson() throws Exception {
        HttpResponse<String> answer = clerk.send(get("/camunda/app/cockpit/default/", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertJson(answer, 403, "{\"type\":\"Forbidden\",\"message\":\"无权执行此操作\"}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/no-such-page", "/duban/no-such-page.html", "/camunda/app/tasklist/default/no-such-file.js", "/error"})
    void anUnknownPageIsAChinesePageForABrowserAndJsonOtherwise(String path) throws Exception {
        assertChinesePage(anonymous.send(get(path, BROWSER).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)),
                404, "页面不存在");
        String json = "{\"type\":\"NotFound\",\"message\":\"请求的对象不存在，或您无权查看\"}";
        assertJson(anonymous.send(get(path, "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)), 404, json);
        assertJson(anonymous.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)),
                404, json);
    }

    @Test
    void aMethodAPageDoesNotTakeIsExplainedToTheBrowser() throws Exception {
        HttpResponse<String> answer = clerk.send(get("/duban/scorecard.html", BROWSER).DELETE().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertChinesePage(answer, 405, "无法以这种方式打开");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/duban/api/no-such-thing", "/duban/api/scorecards/abc"})
    void theApiAnswersJsonEvenToABrowser(String path) throws Exception {
        HttpResponse<String> answer = anonymous.send(get(path, BROWSER).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((CLERK + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).startsWith("{\"type\":\"").doesNotContain("<html", "Exception");
    }

    @Test
    void theWebappsApiRefusalIsJsonEvenToABrowser() throws Exception {
        HttpResponse<String> answer = clerk.send(get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count", BROWSER)
                .header("X-XSRF-TOKEN", csrfToken()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).startsWith("{\"type\":\"Forbidden\"").contains("Cockpit");
    }

    @Test
    void anAddressTomcatRefusesItselfIsChineseToo() throws Exception {
        String page = raw("GET /% HTTP/1.1", BROWSER);
        assertThat(page).startsWith("HTTP/1.1 400").contains("text/html", "地址或请求有误", "返回任务清单")
                .doesNotContain("HTTP Status", "Bad Request", "Apache Tomcat");

        String json = raw("GET /% HTTP/1.1", "application/json");
        assertThat(json).startsWith("HTTP/1.1 400").contains("application/json",
                "{\"type\":\"InvalidRequest\",\"message\":\"请求内容不正确，请检查提交的字段和参数\"}");
    }

    private void assertChinesePage(HttpResponse<String> answer, int status, String title) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(answer.body()).contains("<html lang=\"zh-CN\">", "<h1>" + title + "</h1>", "错误代码 " + status,
                "href=\"/camunda/app/tasklist/\"", "href=\"/duban/overview.html\"")
                .doesNotContain("Whitelabel", "Exception", "HTTP Status", "cn.duban", "org.", "No access rights");
    }

    private static void assertJson(HttpResponse<String> answer, int status, String body) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).isEqualTo(body);
    }

    /** One request written by hand: an address the HTTP client would refuse to send. */
    private String raw(String requestLine, String accept) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpRequest.Builder get(String path, String accept) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET();
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> "XSRF-TOKEN".equals(cookie.getName()))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
