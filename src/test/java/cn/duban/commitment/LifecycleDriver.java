package cn.duban.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.ledger.LedgerFixture;
import cn.duban.ledger.LedgerImporter;
import cn.duban.plan.PlanForm;
import cn.duban.testing.CleanSlate;
import cn.duban.evidence.EvidenceService;
import cn.duban.simulation.SimulatedEvidence;
import cn.duban.system.ApiCaller;
import java.util.List;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives commitments of the fixture ledger through their lifecycle on the engine clock, the way bureaus,
 * the supervision office and leaders would in Tasklist. Timers fire only when a test moves time and runs them.
 */
public final class LifecycleDriver {

    /** The fixture's quantitative commitment: 新增规上工业企业15家, plan [3, 7, 11, 15]. */
    public static final String FIRMS = "2024-02-01";
    /** The fixture's growth-rate commitment: 楼宇经济税收增长12%. */
    public static final String TAX_GROWTH = "2024-02-03";
    /** The fixture's project: 启动东丽湖体育公园建设, plan [未启动, 推进中, 推进中, 已完成]. */
    public static final String SPORTS_PARK = "2024-05-01";

    private final ProcessEngine engine;

    public LifecycleDriver(ProcessEngine engine, LedgerImporter importer, JdbcTemplate jdbc, Path folder) {
        this.engine = engine;
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        at("2024-01-15T09:00");
        importer.importLedger(LedgerFixture.in(folder).read(), "tester");
    }

    public void at(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.systemDefault()).toInstant()));
    }

    public static void resetClock() {
        ClockUtil.reset();
    }

    public ProcessInstance instance(String commitmentId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(commitmentId).singleResult();
    }

    public String instanceId(String commitmentId) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(commitmentId)
                .singleResult().getId();
    }

    public Task task(String commitmentId, String taskDefinitionKey) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(commitmentId)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
        assertThat(task).as("open task %s of %s", taskDefinitionKey, commitmentId).isNotNull();
        return task;
    }

    public void complete(String commitmentId, String taskDefinitionKey, Object... keysAndValues) {
        engine.getTaskService().complete(task(commitmentId, taskDefinitionKey).getId(), map(keysAndValues));
    }

    public void claimAndComplete(String commitmentId, String taskDefinitionKey, String user, Object... keysAndValues) {
        Task task = task(commitmentId, taskDefinitionKey);
        engine.getTaskService().claim(task.getId(), user);
        engine.getTaskService().complete(task.getId(), map(keysAndValues));
    }

    /** Attaches a generated PDF to the open task as {@code user} of {@code group}, as the clerk would before completing it. */
    public void attachEvidence(EvidenceService evidence, String commitmentId, String taskDefinitionKey, String user, String group) {
        evidence.attach(new ApiCaller(user, List.of(group)), task(commitmentId, taskDefinitionKey).getId(),
                List.of(new EvidenceService.Incoming("佐证-" + commitmentId + ".pdf", SimulatedEvidence.pdf(commitmentId))));
    }

    public void submitPlan(String commitmentId) {
        complete(commitmentId, CommitmentProcess.TASK_WRITE_PLAN,
                PlanForm.MEASURES, "一、摸排潜力企业；二、一企一策培育；三、按月调度",
                PlanForm.CONTACT_PERSON, "王科长", PlanForm.CONTACT_PHONE, "022-24390000");
    }

    /** Plan written with the ledger's milestones and approved by the supervision office. */
    public void approvePlan(String commitmentId) {
        submitPlan(commitmentId);
        complete(commitmentId, CommitmentProcess.TASK_REVIEW_PLAN, Vars.PLAN_DECISION, "approve", Vars.PLAN_REVIEW_COMMENT, "同意");
    }

    public Job job(String commitmentId, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instanceId(commitmentId))
                .activityId(activityId).singleResult();
        assertThat(job).as("job at %s of %s", activityId, commitmentId).isNotNull();
        return job;
    }

    /** Moves the clock to when the timer at {@code activityId} is due and fires it. */
    public void fire(String commitmentId, String activityId) {
        Job job = job(commitmentId, activityId);
        ClockUtil.setCurrentTime(job.getDuedate());
        engine.getManagementService().executeJob(job.getId());
    }

    /** Opens the next report period and files a report with the given cumulative value, on time. */
    public void reportValue(String commitmentId, double cumulative, Object... extra) {
        fire(commitmentId, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        fileOpenReport(commitmentId, with(extra, Vars.CUMULATIVE_VALUE, cumulative));
    }

    public void reportStatus(String commitmentId, String status, Object... extra) {
        fire(commitmentId, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        fileOpenReport(commitmentId, with(extra, Vars.PROGRESS_STATUS, status));
    }

    public void fileOpenReport(String commitmentId, Object... keysAndValues) {
        complete(commitmentId, CommitmentProcess.TASK_FILE_PROGRESS, with(keysAndValues,
                Vars.WORK_DONE, "组织对接会2场，走访企业12家", Vars.NEXT_STEPS, "继续推进入规培育",
                Vars.DELAY_REASON, null));
    }

    public Object variable(String commitmentId, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanceId(commitmentId))
                .variableName(name).singleResult().getValue();
    }

    private static Object[] with(Object[] given, Object... defaults) {
        Map<String, Object> values = new HashMap<>(map(defaults));
        values.putAll(map(given));
        return values.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }
}
