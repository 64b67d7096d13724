package cn.duban.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Posts robot JSON. 企业微信 and 钉钉 both answer HTTP 200 with {@code {"errcode":0,"errmsg":"ok"}} when they take a
 * message; any other status or errcode is a failed try. The URL is not logged or stored: it carries the key.
 */
@Component
class Webhooks {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json;

    Webhooks(ObjectMapper json) {
        this.json = json;
    }

    void post(String url, Map<String, Object> message, String robot) {
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message), StandardCharsets.UTF_8)).build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailed(robot + "无法连接：" + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed(robot + "发送被中断", e);
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailed(robot + "地址无效", e);
        }
        if (response.statusCode() != 200) {
            throw new DeliveryFailed(robot + "返回 HTTP " + response.statusCode());
        }
        try {
            JsonNode answer = json.readTree(response.body());
            if (answer.path("errcode").asInt(-1) != 0) {
                throw new DeliveryFailed(robot + "拒收：errcode " + answer.path("errcode").asText() + " " + answer.path("errmsg").asText());
            }
        } catch (JsonProcessingException e) {
            throw new DeliveryFailed(robot + "的回复不是 JSON", e);
        }
    }
}
