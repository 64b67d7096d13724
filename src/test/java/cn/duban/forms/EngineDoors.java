package cn.duban.forms;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Test client for both engine doors: {@code /engine-rest} with HTTP Basic, and the webapps' API as Tasklist calls
 * it, after a session login and with the CSRF token the webapps hand out.
 */
final class EngineDoors {

    enum Door { REST, WEBAPP }

    private final int port;
    private final HttpClient basic = HttpClient.newHttpClient();

    EngineDoors(int port) {
        this.port = port;
    }

    /** A logged-in Tasklist session of one user. */
    Session tasklist(String user, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        client.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token(cookies))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + login.statusCode() + " " + login.body());
        }
        // the login starts a new session, whose CSRF token comes with the next answer
        client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).GET().build(), HttpResponse.BodyHandlers.discarding());
        return new Session(client, cookies);
    }

    HttpResponse<String> send(Door door, String user, String password, String method, String path, String json)
            throws IOException, InterruptedException {
        if (door == Door.WEBAPP) {
            return tasklist(user, password).send(method, path, json);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/engine-rest" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return basic.send(withBody(request, method, json).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder request, String method, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        return request.header("Content-Type", "application/json").method(method, body);
    }

    private static String token(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    final class Session {
        private final HttpClient client;
        private final CookieManager cookies;

        Session(HttpClient client, CookieManager cookies) {
            this.client = client;
            this.cookies = cookies;
        }

        HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default" + path))
                    .header("X-XSRF-TOKEN", token(cookies));
            return client.send(withBody(request, method, json).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
