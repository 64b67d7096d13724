package cn.duban.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.ledger.LedgerFixture;
import cn.duban.ledger.LedgerImporter;
import cn.duban.testing.CleanSlate;
import cn.duban.testing.PostgresTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresTest
class PlanSubmissionTest {

    @Autowired
    LedgerImporter importer;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void importFixtureLedger() {
        CleanSlate.reset(runtimeService, historyService, jdbc);
        importer.importLedger(LedgerFixture.in(folder).read(), "tester");
    }

    @Test
    void planTaskUsesTheChineseFormDeployedWithTheModel() throws IOException {
        Task task = planTask("2024-02-01");

        CamundaFormRef formRef = formService.getTaskFormData(task.getId()).getCamundaFormRef();
        assertThat(formRef.getKey()).isEqualTo(PlanForm.FORM_ID);
        assertThat(formRef.getBinding()).isEqualTo("deployment");
        try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"id\": \"commitment-plan\"", "主要举措", "联系人", "一季度末累计计划", "报告原文");
        }
    }

    @Test
    void planFormIsPrefilledWithTheCommitmentAndItsLedgerMilestones() {
        Task task = planTask("2024-02-01");

        Map<String, Object> values = formService.getTaskFormVariables(task.getId());

        assertThat(values).containsEntry("commitmentTitle", "新增规上工业企业15家")
                .containsEntry("targetText", "达到15家")
                .containsEntry("leadBureauName", "东丽区工业和信息化局")
                .containsEntry("coBureauNames", "区商务局")
                .containsEntry("plannedQ1", 3.0)
                .containsEntry("plannedQ4", 15.0);
        assertThat((String) values.get("sourceSentence")).startsWith("推进传统产业转型升级");
    }

    @Test
    void validPlanCompletesTheTaskAndItsValuesStayInHistory() {
        ProcessInstance instance = instance("2024-02-01");

        taskService.complete(planTask("2024-02-01").getId(), validPlan(Map.of("plannedQ1", 2, "plannedQ2", 6)));

        assertThat(instance).hasPassed(CommitmentProcess.TASK_WRITE_PLAN).isWaitingAt(CommitmentProcess.TASK_REVIEW_PLAN);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(PlanForm.MEASURES).singleResult().getValue())
                .isEqualTo("一、摸排潜力企业；二、一企一策培育；三、按月调度");
    }

    @Test
    void planWithoutMeasuresIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
        Task task = planTask("2024-02-01");

        assertThatThrownBy(() -> taskService.complete(task.getId(), validPlan(Map.of(PlanForm.MEASURES, "  "))))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("「主要举措」(measures)");

        assertThat(instance("2024-02-01")).isWaitingAt(CommitmentProcess.TASK_WRITE_PLAN);
        assertThat(taskService.getVariable(task.getId(), PlanForm.MEASURES)).isNull();
    }

    @Test
    void planWithAnInvalidPhoneNumberIsRefused() {
        Task task = planTask("2024-02-01");

        assertThatThrownBy(() -> taskService.complete(task.getId(), validPlan(Map.of(PlanForm.CONTACT_PHONE, "打电话"))))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("「联系电话」(contactPhone)");
    }

    @Test
    void cumulativePlanThatGoesDownIsRefused() {
        Task task = planTask("2024-02-01");

        assertThatThrownBy(() -> taskService.complete(task.getId(), validPlan(Map.of("plannedQ2", 9, "plannedQ3", 8))))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("「3季度末计划」(plannedQ3) 小于上一季度");
    }

    @Test
    void planThatFallsShortOfTheTargetByTheDeadlineIsRefused() {
        Task task = planTask("2024-02-01");

        assertThatThrownBy(() -> taskService.complete(task.getId(), validPlan(Map.of("plannedQ4", 14))))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("「4季度末计划」(plannedQ4) 低于年度目标");
    }

    @Test
    void projectPlanWhoseStatusGoesBackwardsIsRefused() {
        Task task = planTask("2024-05-01");

        assertThatThrownBy(() -> taskService.complete(task.getId(), validPlan(Map.of("plannedStatusQ2", "推进中", "plannedStatusQ3", "未启动"))))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("「3季度末状态」(plannedStatusQ3) 比上一季度倒退");
    }

    @Test
    void projectPlanPrefilledFromTheLedgerIsAccepted() {
        ProcessInstance instance = instance("2024-05-01");

        taskService.complete(planTask("2024-05-01").getId(), validPlan(Map.of()));

        assertThat(instance).isWaitingAt(CommitmentProcess.TASK_REVIEW_PLAN);
    }

    private Map<String, Object> validPlan(Map<String, Object> overrides) {
        Map<String, Object> values = withVariables(
                PlanForm.MEASURES, "一、摸排潜力企业；二、一企一策培育；三、按月调度",
                PlanForm.CONTACT_PERSON, "王科长",
                PlanForm.CONTACT_PHONE, "022-24390000");
        values.putAll(overrides);
        return values;
    }

    private ProcessInstance instance(String commitmentId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(commitmentId).singleResult();
    }

    private Task planTask(String commitmentId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(commitmentId)
                .taskDefinitionKey(CommitmentProcess.TASK_WRITE_PLAN).singleResult();
    }
}
