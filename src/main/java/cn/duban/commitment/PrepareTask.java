package cn.duban.commitment;

import cn.duban.system.TaskDates;
import cn.duban.dispatch.DispatchCalendar;
import cn.duban.dispatch.ReportPeriod;
import cn.duban.ledger.CommitmentRecord;
import cn.duban.ledger.CommitmentRepository;
import cn.duban.dispatch.DispatchProperties;
import cn.duban.forms.FreshFields;
import cn.duban.plan.Baseline;
import cn.duban.plan.Trajectory;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Prepares every new task for Tasklist: a name telling what and which, e.g.
 * {@code 进度月报（2024-01） · 2024-02-03 新增规上工业企业15家} (进度周报 while weekly) (the model keeps the plain activity name for its
 * diagram), a due date ({@code duban.dispatch.task-due-days} unless the model sets one) and a follow-up date a
 * day before it (a progress report's follow-up is its reminder).
 */
@Component
public class PrepareTask implements TaskListener {

    private final DispatchProperties dispatch;
    private final FreshFields freshFields;
    private final DispatchCalendar calendar;
    private final CommitmentRepository commitments;
    private final CommitmentStates states;

    PrepareTask(DispatchProperties dispatch, FreshFields freshFields, DispatchCalendar calendar, CommitmentRepository commitments,
            CommitmentStates states) {
        this.states = states;
        this.dispatch = dispatch;
        this.freshFields = freshFields;
        this.calendar = calendar;
        this.commitments = commitments;
    }

    @Override
    public void notify(DelegateTask task) {
        freshFields.clear(task);
        String what = task.getName();
        boolean report = CommitmentProcess.TASK_FILE_PROGRESS.equals(task.getTaskDefinitionKey());
        if (report) {
            ReportPeriod period = calendar.openPeriod(task.getExecution());
            what = "进度" + period.mode().reportName() + "（" + period.period() + "）";
            showPlan(task, what, period);
        }
        String commitmentId = CommitmentStates.commitmentId(task);
        task.setName(what + " · " + commitmentId + " " + commitments.findById(commitmentId).map(CommitmentRecord::getTitle).orElse(""));
        if (task.getDueDate() == null) {
            task.setDueDate(TaskDates.dueInDays(dispatch.taskDueDays()));
        }
        task.setFollowUpDate(report ? calendar.reminderAt(task.getExecution()) : TaskDates.dayBefore(task.getDueDate()));
    }

    /**
     * What the progress form shows before the clerk submits: its title (进度月报 or 进度周报 and the period) and the
     * period's 序时进度 from the baseline in force, so the form can say what the value entered means. For reading
     * only: the rating is computed from duban's tables again when the report is filed.
     */
    private void showPlan(DelegateTask task, String title, ReportPeriod period) {
        CommitmentState state = states.of(task);
        task.setVariableLocal(FormView.REPORT_TITLE, title);
        if (state.baseline().isEmpty()) {
            return;
        }
        Baseline baseline = state.baselineInForce();
        if (state.quantitative()) {
            BigDecimal planned = Trajectory.plannedValue(baseline, state.growth(), period.periodEnd());
            task.setVariableLocal(FormView.PLANNED_TEXT, state.amount(planned));
            task.setVariableLocal(FormView.PLANNED_VALUE, planned.doubleValue());
            task.setVariableLocal(FormView.TARGET_TEXT, state.amount(state.target()));
            task.setVariableLocal(FormView.TARGET_VALUE, state.target().doubleValue());
        } else {
            task.setVariableLocal(FormView.PLANNED_TEXT, Trajectory.plannedStatus(baseline, period.periodEnd()).label());
        }
    }
}
