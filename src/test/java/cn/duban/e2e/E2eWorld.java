package cn.duban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.ledger.LedgerFixture;
import cn.duban.ledger.LedgerImporter;
import cn.duban.plan.PlanForm;
import cn.duban.testing.CleanSlate;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the browser tests see: the fixture ledger imported on the engine clock in January 2024, users with
 * passwords, and commitments driven through the engine up to the task a test then works in the browser.
 */
final class E2eWorld {

    static final String PASSWORD = "E2e-Test-Passw0rd";
    /** 新增规上工业企业15家, led by 工信局 (gongxin), plan [3, 7, 11, 15]. */
    static final String FIRMS = "2024-02-01";
    static final String FIRMS_TITLE = "新增规上工业企业15家";
    /** 完成高标准农田提升改造1.86万亩, led by 农业农村委 (nongye). */
    static final String FARMLAND = "2024-02-02";
    static final String BUREAU = "gongxin";
    static final String FOREIGN_BUREAU = "nongye";
    static final String SUPERVISION_OFFICE = CommitmentProcess.SUPERVISION_OFFICE;

    private final ProcessEngine engine;

    E2eWorld(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Removes every instance and ledger row, then imports the fixture ledger on 2024-01-15. */
    void importFixtureLedgerInJanuary2024(LedgerImporter importer, JdbcTemplate jdbc, Path folder) {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        at("2024-01-15T09:00");
        importer.importLedger(LedgerFixture.in(folder).read(), "tester");
    }

    /** A user with {@link #PASSWORD} in {@code groups}, created once per database. */
    void user(String id, String lastName, String... groups) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("测试");
            user.setLastName(lastName);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        for (String group : groups) {
            if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identity.createMembership(id, group);
            }
        }
    }

    void at(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.systemDefault()).toInstant()));
    }

    static void resetClock() {
        ClockUtil.reset();
    }

    /** Plan written and approved, the January report period opened: 进度月报（2024-01） waits for the lead bureau. */
    void openFirstMonthlyReport(String commitmentId) {
        complete(commitmentId, CommitmentProcess.TASK_WRITE_PLAN,
                PlanForm.MEASURES, "一、摸排潜力企业；二、一企一策培育；三、按月调度",
                PlanForm.CONTACT_PERSON, "王科长", PlanForm.CONTACT_PHONE, "022-24390000");
        complete(commitmentId, CommitmentProcess.TASK_REVIEW_PLAN, Vars.PLAN_DECISION, "approve", Vars.PLAN_REVIEW_COMMENT, "同意");
        Job opens = engine.getManagementService().createJobQuery().processInstanceId(instanceId(commitmentId))
                .activityId(CommitmentProcess.EVENT_REPORT_PERIOD_OPENS).singleResult();
        assertThat(opens).as("report period timer of %s", commitmentId).isNotNull();
        ClockUtil.setCurrentTime(opens.getDuedate());
        engine.getManagementService().executeJob(opens.getId());
        assertThat(task(commitmentId, CommitmentProcess.TASK_FILE_PROGRESS)).isNotNull();
    }

    /** Files the open progress report through the engine, as the bureau would in Tasklist. */
    void fileOpenReport(String commitmentId, Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>(Map.of(Vars.WORK_DONE, "组织对接会2场，走访企业12家", Vars.NEXT_STEPS, "继续推进入规培育"));
        values.putAll(map(keysAndValues));
        engine.getTaskService().complete(task(commitmentId, CommitmentProcess.TASK_FILE_PROGRESS).getId(), values);
    }

    String instanceId(String commitmentId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(commitmentId)
                .singleResult().getId();
    }

    /** The open task of {@code commitmentId} at {@code taskDefinitionKey}, or null. */
    Task task(String commitmentId, String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(commitmentId)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    Object historicVariable(String commitmentId, String name) {
        String instance = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(commitmentId)
                .singleResult().getId();
        var variable = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    private void complete(String commitmentId, String taskDefinitionKey, Object... keysAndValues) {
        Task task = task(commitmentId, taskDefinitionKey);
        assertThat(task).as("open task %s of %s", taskDefinitionKey, commitmentId).isNotNull();
        engine.getTaskService().complete(task.getId(), map(keysAndValues));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }
}
