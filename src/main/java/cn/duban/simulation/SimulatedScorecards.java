package cn.duban.simulation;

import cn.duban.scorecard.ScorecardProcess;
import cn.duban.scorecard.ScorecardProperties;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import cn.duban.ledger.BureauRecord;
import cn.duban.ledger.BureauRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The monthly 晾晒成绩单 in the simulated year: the calendar's timer is moved into the simulated time (it was set
 * when the model was deployed, in real time), and the supervision office, a leader and the bottom-ranked bureaus
 * play their parts. In May the supervision office makes one adjustment; in June the leader returns the draft once.
 */
@Component
class SimulatedScorecards {

    static final String REVIEWER = "duchashi01";
    static final String APPROVER = "ldquzhang01";
    private static final Set<String> TASKS = Set.of(ScorecardProcess.TASK_REVIEW, ScorecardProcess.TASK_APPROVE,
            ScorecardProcess.TASK_EXPLAIN);

    private final ProcessEngine engine;
    private final ScorecardProperties settings;
    private final BureauRepository bureaus;
    private boolean returnedOnce;

    SimulatedScorecards(ProcessEngine engine, ScorecardProperties settings, BureauRepository bureaus) {
        this.engine = engine;
        this.settings = settings;
        this.bureaus = bureaus;
    }

    /** Due the calendar's next monthly run after {@code start}, on the simulated clock. */
    void scheduleFirstRun(LocalDateTime start) {
        LocalDateTime first = CronExpression.parse(settings.cron()).next(start);
        for (Job job : engine.getManagementService().createJobQuery().processDefinitionKey(ScorecardProcess.CALENDAR_KEY).timers().list()) {
            engine.getManagementService().setJobDuedate(job.getId(), Date.from(first.atZone(ZoneId.systemDefault()).toInstant()));
        }
    }

    boolean handles(Task task) {
        return TASKS.contains(task.getTaskDefinitionKey());
    }

    void work(Task task) {
        String period = (String) engine.getTaskService().getVariable(task.getId(), ScorecardProcess.Vars.PERIOD);
        Map<String, Object> values = new HashMap<>();
        String actor;
        switch (task.getTaskDefinitionKey()) {
            case ScorecardProcess.TASK_REVIEW -> {
                actor = REVIEWER;
                boolean nothingMeasured = Boolean.TRUE.equals(
                        engine.getTaskService().getVariable(task.getId(), ScorecardProcess.Vars.NOTHING_MEASURED));
                values.put(ScorecardProcess.Vars.REVIEW_DECISION, nothingMeasured ? "discard" : "submit");
                values.put(ScorecardProcess.Vars.REVIEW_COMMENT, nothingMeasured ? "本月尚无应报送事项，不予晾晒"
                        : "已核对各单位数据，提请审批");
                values.put(ScorecardProcess.Vars.ADJUSTMENTS, "2024-04".equals(period)
                        ? adjustedBureau() + " +2 超额完成市级下达的企业培育专项任务" : "");
            }
            case ScorecardProcess.TASK_APPROVE -> {
                actor = APPROVER;
                boolean returnIt = "2024-05".equals(period) && !returnedOnce;
                returnedOnce |= returnIt;
                values.put(ScorecardProcess.Vars.APPROVAL_DECISION, returnIt ? "return" : "approve");
                values.put(ScorecardProcess.Vars.APPROVAL_COMMENT, returnIt ? "请复核按时报送数据后再报" : "同意发布");
            }
            default -> {
                actor = engine.getTaskService().getVariable(task.getId(), ScorecardProcess.Vars.EXPLAINING_BUREAU) + "01";
                values.put(ScorecardProcess.Vars.EXPLANATION, "本期部分事项受季节性因素和审批周期影响，进度报送和推进节奏有所滞后");
                values.put(ScorecardProcess.Vars.MEASURES, "建立周调度机制，明确专人负责数据报送，下月前补齐短板");
            }
        }
        ActingPerson.claimAndComplete(engine, task, actor, values);
    }

    /** 区工信局 in the real directory; in a synthetic one (the scale benchmark) its first bureau. */
    private String adjustedBureau() {
        return bureaus.existsById("gongxin") ? "gongxin"
                : bureaus.findAll().stream().map(BureauRecord::getId).sorted().findFirst().orElseThrow();
    }
}
