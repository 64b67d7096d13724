package cn.duban.dispatch;

import cn.duban.system.TaskDates;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.CommitmentState;
import cn.duban.commitment.CommitmentStates;
import cn.duban.plan.Baseline;
import cn.duban.system.EngineClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Computes the dates the {@code commitment} process waits for: report openings, due times, reminders,
 * escalation of missing reports, quarterly milestone checks and the deadline. Called from the model as
 * {@code ${dispatchCalendar.…(execution)}}; all times are engine time in the business time zone.
 */
@Component("dispatchCalendar")
public class DispatchCalendar {

    static final LocalTime MILESTONE_CHECK_TIME = LocalTime.of(20, 0);

    private final DispatchProperties properties;
    private final ReportPeriods periods;
    private final CommitmentStates states;
    private final ProgressReports reports;

    DispatchCalendar(DispatchProperties properties, ReportPeriods periods, CommitmentStates states, ProgressReports reports) {
        this.properties = properties;
        this.periods = periods;
        this.states = states;
        this.reports = reports;
    }

    /** Entering 常态化调度: monthly unless a task force already set weekly; shows mode and deadline. */
    public void prepareDispatch(DelegateExecution execution) {
        DispatchMode mode = periods.mode(CommitmentStates.commitmentId(execution));
        execution.setVariable(Vars.DISPATCH_MODE, mode.code());
        execution.setVariable(Vars.DISPATCH_MODE_LABEL, mode.label());
        execution.setVariable(Vars.DEADLINE_AT, deadlineOf(execution));
    }

    /** When the deadline timer fires: the baseline's deadline plus the grace days. */
    public Date deadlineOf(DelegateExecution execution) {
        return deadlineAt(states.of(execution).deadline());
    }

    /** Due time of the instance's open report period, from duban's table. */
    public Date dueAt(DelegateExecution execution) {
        return Date.from(openPeriod(execution).dueAt());
    }

    public Date reminderAt(DelegateExecution execution) {
        return Date.from(openPeriod(execution).reminderAt());
    }

    public Date overdueEscalationAt(DelegateExecution execution) {
        return Date.from(openPeriod(execution).overdueEscalationAt());
    }

    /** The instance's report period open now, from duban's table. */
    public ReportPeriod openPeriod(DelegateExecution execution) {
        return periods.current(execution.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("实例 " + execution.getProcessInstanceId() + " 没有待填报的报告期"));
    }

    public Date deadlineAt(LocalDate deadline) {
        return date(deadline.plusDays(properties.deadlineGraceDays()).atTime(TaskDates.DUE_TIME).atZone(EngineClock.nowInZone().getZone()));
    }

    /**
     * Sets the next report period and its dates for the current dispatch mode, and returns when it opens:
     * the model's timer reads its date from this call, since timers are set up before any start listener runs.
     */
    public Date scheduleNextReport(DelegateExecution execution) {
        String commitmentId = CommitmentStates.commitmentId(execution);
        ReportSchedule schedule = nextReport(periods.mode(commitmentId), EngineClock.nowInZone());
        periods.open(commitmentId, execution.getProcessInstanceId(), schedule);
        remember(schedule, execution);
        return date(schedule.opensAt());
    }

    /** A period waiting to open moves to an earlier schedule (专班: weekly from next week). */
    public void reschedule(DelegateExecution execution, ReportSchedule schedule) {
        periods.reschedule(openPeriod(execution), schedule);
        remember(schedule, execution);
    }

    /** Shows a report period's dates on the instance (Tasklist, Cockpit); the timers read them from duban's table. */
    void remember(ReportSchedule schedule, VariableScope variables) {
        variables.setVariable(Vars.DISPATCH_MODE_LABEL, schedule.mode().label());
        variables.setVariable(Vars.REPORT_PERIOD, schedule.period());
        variables.setVariable(Vars.REPORT_PERIOD_END, schedule.periodEnd().toString());
        variables.setVariable(Vars.REPORT_DUE_AT, date(schedule.dueAt()));
        variables.setVariable(Vars.REMINDER_AT, date(schedule.reminderAt()));
        variables.setVariable(Vars.OVERDUE_ESCALATION_AT, date(schedule.overdueEscalationAt()));
    }

    /** The first report period opening after {@code now} in the given mode. */
    public ReportSchedule nextReport(DispatchMode mode, ZonedDateTime now) {
        String cron = mode == DispatchMode.WEEKLY ? properties.weeklyOpeningCron() : properties.monthlyOpeningCron();
        ZonedDateTime opens = CronExpression.parse(cron).next(now);
        LocalDate openingDay = opens.toLocalDate();
        String period;
        LocalDate periodEnd;
        ZonedDateTime due;
        if (mode == DispatchMode.WEEKLY) {
            periodEnd = openingDay.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            period = periodEnd.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", periodEnd.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            due = openingDay.plusDays(properties.weeklyDueDays()).atTime(TaskDates.DUE_TIME).atZone(opens.getZone());
        } else {
            periodEnd = openingDay.withDayOfMonth(1).minusDays(1);
            period = periodEnd.format(DateTimeFormatter.ofPattern("yyyy-MM"));
            due = openingDay.withDayOfMonth(Math.min(properties.reportDueDay(), openingDay.lengthOfMonth()))
                    .atTime(TaskDates.DUE_TIME).atZone(opens.getZone());
        }
        ZonedDateTime reminder = due.minusDays(properties.reminderDaysBeforeDue());
        if (!reminder.isAfter(opens)) {
            reminder = opens.plusHours(1);
        }
        return new ReportSchedule(mode, opens, period, periodEnd, due, reminder, due.plusDays(properties.overdueEscalationDays()));
    }

    /**
     * When the next quarterly milestone is checked: after the report on the quarter's last month is due. The quarter
     * follows the last one checked (duban's {@code milestone_check}); the variable only shows it in Cockpit.
     */
    public Date scheduleMilestoneCheck(DelegateExecution execution) {
        CommitmentState state = states.of(execution);
        int year = state.deadline().getYear();
        ZonedDateTime now = EngineClock.nowInZone();
        int quarter = now.getYear() < year ? 1 : now.getYear() > year ? Baseline.QUARTERS : Baseline.quarterOf(now.toLocalDate());
        int checked = reports.lastCheckedQuarter(state.commitmentId()).orElse(0);
        if (checked >= quarter) {
            quarter = Math.min(checked + 1, Baseline.QUARTERS);
        }
        execution.setVariable(Vars.MILESTONE_QUARTER, quarter);
        return date(milestoneCheckAt(year, quarter, now));
    }

    /** The quarter whose milestone check is due now: the latest whose check time has come, after the last one checked. */
    public int quarterDue(CommitmentState state) {
        int year = state.deadline().getYear();
        ZonedDateTime now = EngineClock.nowInZone();
        int quarter = 1;
        for (int candidate = 1; candidate <= Baseline.QUARTERS; candidate++) {
            if (!milestoneCheckAt(year, candidate, now).isAfter(now)) {
                quarter = candidate;
            }
        }
        int checked = reports.lastCheckedQuarter(state.commitmentId()).orElse(0);
        return quarter > checked ? quarter : Math.min(checked + 1, Baseline.QUARTERS);
    }

    ZonedDateTime milestoneCheckAt(int year, int quarter, ZonedDateTime now) {
        return Baseline.quarterEnd(year, quarter).plusDays(properties.reportDueDay()).atTime(MILESTONE_CHECK_TIME).atZone(now.getZone());
    }

    private static Date date(ZonedDateTime time) {
        return Date.from(time.toInstant());
    }

    /** One report period: when it opens, what it covers, and when it is due, reminded and escalated. */
    public record ReportSchedule(DispatchMode mode, ZonedDateTime opensAt, String period, LocalDate periodEnd,
            ZonedDateTime dueAt, ZonedDateTime reminderAt, ZonedDateTime overdueEscalationAt) {
    }
}
