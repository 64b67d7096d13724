package cn.duban.escalation;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.dispatch.DispatchCalendar;
import cn.duban.dispatch.DispatchMode;
import cn.duban.dispatch.ReportPeriods;
import cn.duban.commitment.CommitmentStates;
import cn.duban.system.EngineClock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * 专班化推进 turns dispatch weekly. A monthly report period already waiting is brought forward to the next
 * weekly opening, so the task force reports from next week, not next month.
 */
@Component
public class SwitchToWeeklyDispatch implements JavaDelegate {

    private final DispatchCalendar calendar;
    private final ReportPeriods periods;

    SwitchToWeeklyDispatch(DispatchCalendar calendar, ReportPeriods periods) {
        this.calendar = calendar;
        this.periods = periods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        periods.setMode(CommitmentStates.commitmentId(execution), DispatchMode.WEEKLY, EngineClock.now(), "专班化推进，按周调度");
        execution.setVariable(Vars.DISPATCH_MODE, DispatchMode.WEEKLY.code());
        execution.setVariable(Vars.DISPATCH_MODE_LABEL, DispatchMode.WEEKLY.label());
        var services = execution.getProcessEngineServices();
        Job waiting = services.getManagementService().createJobQuery().processInstanceId(execution.getProcessInstanceId())
                .activityId(CommitmentProcess.EVENT_REPORT_PERIOD_OPENS).singleResult();
        if (waiting == null) {
            return;
        }
        var weekly = calendar.nextReport(DispatchMode.WEEKLY, EngineClock.nowInZone());
        if (weekly.opensAt().toInstant().isBefore(waiting.getDuedate().toInstant())) {
            calendar.reschedule(execution, weekly);
            services.getManagementService().setJobDuedate(waiting.getId(), Date.from(weekly.opensAt().toInstant()));
        }
    }
}
