package cn.duban.scorecard;

import org.springframework.stereotype.Component;

/** The monthly run's cron for the model's timer start event: {@code ${scorecardCalendar.cron}}. */
@Component("scorecardCalendar")
public class ScorecardCalendar {

    private final ScorecardProperties settings;

    ScorecardCalendar(ScorecardProperties settings) {
        this.settings = settings;
    }

    public String getCron() {
        return settings.cron();
    }
}
