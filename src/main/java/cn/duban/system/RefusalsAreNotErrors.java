package cn.duban.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A refused form is the person's mistake, not the server's: the guard of the engine doors logs it as one WARN line,
 * so the engine's own ERROR with a stack trace ({@code ENGINE-16004}) and its REST layer's {@code ENGINE-REST-HTTP500}
 * are dropped when what they report is a {@link FieldRefusal}. Every other exception is logged as before.
 */
@Component
class RefusalsAreNotErrors extends TurboFilter {

    static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";
    static final String ENGINE_REST = "org.camunda.bpm.engine.rest.exception";
    private static final String REFUSAL = FieldRefusal.class.getName();

    RefusalsAreNotErrors() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
            logging.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable thrown) {
        if (logger == null || !(logger.getName().equals(ENGINE_CONTEXT) || logger.getName().equals(ENGINE_REST))) {
            return FilterReply.NEUTRAL;
        }
        // the REST layer writes the stack trace into the message itself
        if (isRefusal(thrown) || format != null && format.contains(REFUSAL)) {
            return FilterReply.DENY;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof Throwable throwable && isRefusal(throwable)
                        || param instanceof String text && text.contains(REFUSAL)) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }

    static boolean isRefusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FieldRefusal) {
                return true;
            }
        }
        return false;
    }
}
