package cn.duban.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * The people of the demo, at a server's REST API as Tasklist's users would be: HTTP Basic as {@code <group>01}, so
 * duban's authorization, form checks and evidence door decide, and the history names them. A call to a server that
 * is down (killed) throws {@link ServerDown}; a refusal throws {@link Refused} with the server's answer.
 */
final class Staff {

    static final String PASSWORD = "Duban-Demo-2024";
    static final String ADMIN = "admin";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static String personOf(String group) {
        return group + "01";
    }

    void claim(URI server, String user, String taskId) {
        post(server, user, "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}");
    }

    void complete(URI server, String user, String taskId, Map<String, Object> values) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        values.forEach((name, value) -> {
            ObjectNode variable = variables.putObject(name);
            variable.set("value", JSON.valueToTree(value));
            variable.put("type", value instanceof Boolean ? "Boolean" : value instanceof Number ? "Double"
                    : value == null ? "Null" : "String");
        });
        post(server, user, "/engine-rest/task/" + taskId + "/complete", body.toString());
    }

    JsonNode variables(URI server, String user, String taskId) {
        return parse(send(server, user, HttpRequest.newBuilder(server.resolve("/engine-rest/task/" + taskId + "/variables")).GET()));
    }

    int evidenceCount(URI server, String user, String taskId) {
        JsonNode files = parse(send(server, user, HttpRequest.newBuilder(server.resolve("/duban/api/tasks/" + taskId + "/evidence")).GET()));
        return files.isArray() ? files.size() : files.path("files").size();
    }

    void uploadEvidence(URI server, String user, String taskId, String fileName, byte[] content, String mediaType) {
        String boundary = "----duban" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        send(server, user, HttpRequest.newBuilder(server.resolve("/duban/api/tasks/" + taskId + "/evidence"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    void setJobDueDate(URI server, String jobId, String dueDate) {
        send(server, ADMIN, HttpRequest.newBuilder(server.resolve("/engine-rest/job/" + jobId + "/duedate"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"duedate\":\"" + dueDate + "\"}")));
    }

    private void post(URI server, String user, String path, String json) {
        send(server, user, HttpRequest.newBuilder(server.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private String send(URI server, String user, HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServerDown(server + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerDown("interrupted");
        }
        if (response.statusCode() >= 500 || response.statusCode() == 503) {
            throw new ServerDown(server + " answered " + response.statusCode() + ": " + response.body());
        }
        if (response.statusCode() >= 300) {
            throw new Refused(response.statusCode(), response.body());
        }
        return response.body();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    /** The server could not be reached or broke off: killed, starting, or not yet serving. */
    static final class ServerDown extends RuntimeException {
        ServerDown(String message) {
            super(message);
        }
    }

    /** The server answered with a refusal (4xx). */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String body) {
            super(status + " " + body);
            this.status = status;
        }
    }
}
