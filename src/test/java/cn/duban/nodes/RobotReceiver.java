package cn.duban.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A 企业微信 group robot the test runs for the servers it starts: takes every message posted to
 * {@code /robot/<recipient>} and answers as the real one does, {@code {"errcode":0,"errmsg":"ok"}}. It lives in the
 * test's JVM, so it keeps counting while the servers are killed.
 */
final class RobotReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Message> received = new ArrayList<>();

    RobotReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/robot/", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            synchronized (received) {
                received.add(new Message(exchange.getRequestURI().getPath().substring("/robot/".length()),
                        body.path("text").path("content").asText(), java.time.Instant.now()));
            }
            byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String address(String recipient) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/robot/" + recipient + "?key=test";
    }

    List<Message> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    record Message(String recipient, String content, java.time.Instant at) {
    }
}
