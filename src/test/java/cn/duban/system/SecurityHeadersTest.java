package cn.duban.system;

import cn.duban.testing.PostgresWebTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** duban's pages and API send the security headers of Camunda's webapps; API data is not stored. */
@PostgresWebTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesAndTheirScriptsSendTheWebappsSecurityHeaders() throws Exception {
        for (String path : new String[] {"/duban/scorecard.html", "/duban/activate.html", "/duban/scorecard.js",
                "/duban/activate.js", "/duban/scorecard.css"}) {
            HttpResponse<String> response = get(path, null);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("frame-ancestors 'none'", "script-src 'self';", "object-src 'none'", "default-src 'self'")
                    .doesNotContain("unsafe-eval"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-XSS-Protection")).as(path).hasValue("1; mode=block");
        }
    }

    @Test
    void pagesHaveNoInlineScriptTheirPolicyWouldBlock() throws Exception {
        for (String page : new String[] {"/duban/scorecard.html", "/duban/activate.html"}) {
            String html = get(page, null).body();

            assertThat(html).as(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=");
        }
    }

    @Test
    void apiAnswersAreNotStoredAndCarryTheHeadersEvenWhenRefused() throws Exception {
        HttpResponse<String> data = get("/duban/api/scorecards", basic("testadmin", "Test-Only-Passw0rd"));
        HttpResponse<String> refused = get("/duban/api/scorecards", null);

        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(data.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
