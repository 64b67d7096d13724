package cn.duban.system;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Date;

/** Tasks are due at the end of a working day; a follow-up date is the day before. */
public final class TaskDates {

    public static final LocalTime DUE_TIME = LocalTime.of(18, 0);

    private TaskDates() {
    }

    /** {@code days} after today on the engine clock, at 18:00 Beijing time. */
    public static Date dueInDays(int days) {
        return Date.from(EngineClock.today().plusDays(days).atTime(DUE_TIME).atZone(EngineClock.nowInZone().getZone()).toInstant());
    }

    public static Date dayBefore(Date due) {
        return Date.from(due.toInstant().minus(Duration.ofDays(1)));
    }
}
