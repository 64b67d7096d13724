package cn.duban.closure;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.system.FormCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A commitment ending 逾期未完成 carries the bureau's explanation of why and what happens next. */
@Component
public class ValidateOverdueExplanation implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormCheck.of("逾期未完成情况说明", task).minLength(Vars.OVERDUE_EXPLANATION, "未完成原因及后续安排", 10).verify();
    }
}
