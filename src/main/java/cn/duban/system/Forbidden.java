package cn.duban.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** duban's refusal: 403 with {@code {"type":"Forbidden","message":"<the reason, in Chinese>"}}. */
public final class Forbidden {

    private Forbidden() {
    }

    public static void send(HttpServletResponse response, String reason) throws IOException {
        ErrorBody.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", reason, null);
    }
}
