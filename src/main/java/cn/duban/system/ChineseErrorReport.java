package cn.duban.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's own error report, for the errors that never reach the application's {@code /error} (a malformed address
 * such as {@code /%}, refused before any servlet sees it): Tomcat would answer with its English "HTTP Status 400 – Bad
 * Request" page and its version. Here the browser gets duban's Chinese {@link ErrorPage} and everyone else the Chinese
 * JSON {@link ErrorBody}.
 */
public class ChineseErrorReport extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own: nothing below 400, nothing when the application has written its answer, once only
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String path = request.getRequestURI();
        boolean page = ErrorPage.wanted(path, request.getHeader("Accept"));
        String body = page ? ErrorPage.render(status, path)
                : ErrorBody.of(ErrorBody.type(status), ErrorBody.statement(status), null).toString();
        try {
            response.setContentType(page ? "text/html" : "application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client has gone or the response was closed meanwhile: nobody is left to read the report
        }
    }

    /** Makes the host use this report instead of Tomcat's. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    static class Registration {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> chineseErrorReport() {
            // the context is already the host's child when customizers run, and the host not started yet
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ChineseErrorReport.class.getName());
                }
            });
        }
    }
}
