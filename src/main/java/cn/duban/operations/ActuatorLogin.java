package cn.duban.operations;

import cn.duban.system.ErrorBody;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * HTTP Basic against the engine's users for {@code /actuator}: a caller without valid credentials gets 401 with
 * duban's Chinese JSON and a Basic challenge, so that an operator's browser asks for a login and Prometheus knows
 * what to send. Instantiated by Camunda's authentication filter by name, hence public.
 */
public class ActuatorLogin extends HttpBasicAuthenticationProvider {

    static final String MESSAGE = "请以系统管理员（camunda-admin 组）或运行监控（metrics 组）账号通过 HTTP Basic 登录";

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"duban\", charset=\"UTF-8\"");
        try {
            ErrorBody.write(response, HttpServletResponse.SC_UNAUTHORIZED, ErrorBody.type(401), MESSAGE, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
