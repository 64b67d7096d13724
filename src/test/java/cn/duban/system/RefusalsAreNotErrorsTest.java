package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ExceptionUtil;
import org.junit.jupiter.api.Test;

/** A refused form is not logged as the engine's error; any other exception still is. */
class RefusalsAreNotErrorsTest {

    private final LoggerContext logging = new LoggerContext();
    private final RefusalsAreNotErrors filter = new RefusalsAreNotErrors();

    @Test
    void theEnginesErrorAboutARefusalIsDropped() {
        var refusal = new ProcessEngineException("ENGINE-03051", new FieldRefusal("workDone", "「本期完成工作」必填"));

        assertThat(filter.decide(null, logging.getLogger(RefusalsAreNotErrors.ENGINE_CONTEXT), Level.ERROR, "{}",
                new Object[] {"x", refusal}, null)).isEqualTo(FilterReply.DENY);
        // as the REST layer logs it: the stack trace already written into the message
        assertThat(filter.decide(null, logging.getLogger(RefusalsAreNotErrors.ENGINE_REST), Level.WARN,
                "ENGINE-REST-HTTP500 " + ExceptionUtil.getExceptionStacktrace(new RuntimeException("wrapped", refusal)), null, null))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void anyOtherExceptionAndAnyOtherLoggerAreLoggedAsBefore() {
        var failure = new ProcessEngineException("ENGINE-03051", new IllegalStateException("数据库不可用"));

        assertThat(filter.decide(null, logging.getLogger(RefusalsAreNotErrors.ENGINE_CONTEXT), Level.ERROR, "{}",
                new Object[] {failure}, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, logging.getLogger("cn.duban.anything"), Level.ERROR, "{}",
                new Object[] {new FieldRefusal("workDone", "必填")}, null)).isEqualTo(FilterReply.NEUTRAL);
    }
}
