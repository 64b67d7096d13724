package cn.duban.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's notion of now, in the business time zone. Timers, due dates and lateness must agree with the
 * engine, which tests and the demo simulation move forward; Camunda has no public API for its clock, so
 * this is the one place that reads {@code ClockUtil}.
 */
public final class EngineClock {

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static ZonedDateTime nowInZone() {
        return now().atZone(ZoneId.systemDefault());
    }

    public static LocalDate today() {
        return nowInZone().toLocalDate();
    }
}
