package cn.duban.testing;

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
import java.util.HashMap;
import java.util.Map;

/**
 * The two doors to the engine API as their users open them: the engine REST API with HTTP Basic, and the webapps' API
 * that Tasklist and Cockpit use, after a session login and with the session's CSRF token.
 */
public final class Doors {

    public enum Door { REST, WEBAPP }

    static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    private final int port;
    private final String password;
    private final Map<String, Session> sessions = new HashMap<>();
    private final HttpClient basic = HttpClient.newHttpClient();

    public Doors(int port, String password) {
        this.port = port;
        this.password = password;
    }

    /** {@code path} below the engine API's root, e.g. {@code /task/{id}/comment/create}. */
    public HttpResponse<String> send(Door door, String user, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        String prefix = door == Door.REST ? "/engine-rest" : WEBAPP_ENGINE;
        return sendTo(door, user, method, prefix + path, contentType, body);
    }

    public HttpResponse<String> json(Door door, String user, String method, String path, String body) throws IOException, InterruptedException {
        return send(door, user, method, path, "application/json", body);
    }

    /** A multipart attachment with a text content, as Camunda's REST API takes it. */
    public HttpResponse<String> attach(Door door, String user, String taskId, String name) throws IOException, InterruptedException {
        String body = part("attachment-name", name) + part("attachment-type", "text/plain")
                + "--x\r\nContent-Disposition: form-data; name=\"content\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n佐证材料\r\n--x--\r\n";
        return send(door, user, "POST", "/task/" + taskId + "/attachment/create", "multipart/form-data; boundary=x", body);
    }

    /** Any path of the server, e.g. Cockpit's plugin API, through the user's webapp session. */
    public HttpResponse<String> webapp(String user, String method, String path) throws IOException, InterruptedException {
        return sendTo(Door.WEBAPP, user, method, path, null, null);
    }

    /** As the webapps' own pages send it: the session and its CSRF token, with a body. */
    public HttpResponse<String> webapp(String user, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return sendTo(Door.WEBAPP, user, method, path, contentType, body);
    }

    /** Any path of the server, e.g. duban's own API, with HTTP Basic as {@code user}; no user, no credentials. */
    public HttpResponse<String> basic(String user, String method, String path, String jsonBody) throws IOException, InterruptedException {
        if (user == null) {
            return basic.send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        return sendTo(Door.REST, user, method, path, jsonBody == null ? null : "application/json", jsonBody);
    }

    private HttpResponse<String> sendTo(Door door, String user, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (door == Door.REST) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            return basic.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        Session session = session(user);
        request.header("X-XSRF-TOKEN", session.csrfToken());
        return session.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Session session(String user) throws IOException, InterruptedException {
        Session session = sessions.get(user);
        if (session == null) {
            session = new Session(new CookieManager());
            session.fetchCsrfToken();
            for (String app : new String[] {"tasklist", "cockpit"}) {
                HttpResponse<String> login = session.client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.csrfToken())
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (login.statusCode() == 200) {
                    break;
                }
            }
            // the login starts a new session, with a token of its own
            session.fetchCsrfToken();
            sessions.put(user, session);
        }
        return session;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String part(String name, String value) {
        return "--x\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private final class Session {

        final CookieManager cookies;
        final HttpClient client;

        Session(CookieManager cookies) {
            this.cookies = cookies;
            this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
        }

        /** A GET hands out the session's CSRF token as the XSRF-TOKEN cookie. */
        void fetchCsrfToken() throws IOException, InterruptedException {
            client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String csrfToken() {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> "XSRF-TOKEN".equals(cookie.getName()))
                    .map(HttpCookie::getValue).findFirst().orElse("");
        }
    }
}
