package cn.duban.e2e;

import static cn.duban.e2e.E2eWorld.BUREAU;
import static cn.duban.e2e.E2eWorld.FARMLAND;
import static cn.duban.e2e.E2eWorld.FIRMS;
import static cn.duban.e2e.E2eWorld.FIRMS_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A bureau clerk of 工信局 in Tasklist, in a real Chromium: sees only the bureau's tasks under 本单位待办, opens the
 * 进度月报 of 2024-02-01, is refused with the field named when the report lags without a reason, and completes it.
 * Relies on ids, CSS classes and duban's own Chinese content only, never on the webapp's own wording.
 */
class TasklistE2E extends BrowserTest {

    static final String CLERK = "e2egongxin";
    static final String REPORT_TASK = "进度月报（2024-01） · " + FIRMS + " " + FIRMS_TITLE;
    static final By FILTER_NAMES = By.cssSelector(".task-filters .item h4");
    static final By ACTIVE_FILTER = By.cssSelector(".task-filters .item.active h4");
    static final By TASKS_IN_LIST = By.cssSelector(".tasks-list li.task h4.task a");
    static final By TASK_TITLE = By.cssSelector(".task-details h2.task, [cam-tasklist-task] h2.task");
    static final By CLAIM = By.cssSelector("button.claim");
    static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
    static final By CUMULATIVE_VALUE = field(Vars.CUMULATIVE_VALUE);
    static final By WORK_DONE = field(Vars.WORK_DONE);
    static final By NEXT_STEPS = field(Vars.NEXT_STEPS);
    static final By ERROR_NOTIFICATION = By.cssSelector(".notifications .alert-danger");
    static final By FIELD_ERRORS = By.cssSelector(".fjs-form-field-error");

    @BeforeAll
    void createBureauClerk() {
        world = new E2eWorld(engine);
        world.user(CLERK, "工信局", BUREAU);
    }

    /** Both 2024-02-01 (工信局) and 2024-02-02 (农业农村委) wait for their January report, on 2024-02-03. */
    @BeforeEach
    void openJanuaryReportsAndLogIn(@TempDir Path folder) {
        world.importFixtureLedgerInJanuary2024(importer, jdbc, folder);
        world.openFirstMonthlyReport(FIRMS);
        world.openFirstMonthlyReport(FARMLAND);
        world.at("2024-02-03T10:00");
        browser = Browser.forPort(port);
        browser.logIn("tasklist", CLERK, E2eWorld.PASSWORD);
    }

    /** 本单位待办 lists the tasks offered to the clerk's bureau, and nothing of another bureau's. */
    @Test
    void bureauClerkSeesOnlyTheBureausOwnTasksInTheBureauFilter() {
        browser.until(d -> texts(FILTER_NAMES).stream().anyMatch(name -> name.contains("本单位待办")));
        assertThat(texts(FILTER_NAMES)).as("the supervision office's filter is not offered to a bureau")
                .noneMatch(name -> name.contains("督办事项"));

        openBureauFilter();

        List<String> listed = texts(TASKS_IN_LIST);
        browser.screenshot("tasklist-1-bureau-tasks");
        List<String> ownTasks = engine.getTaskService().createTaskQuery().taskCandidateGroup(BUREAU).list().stream()
                .map(Task::getName).toList();
        assertThat(ownTasks).containsExactly(REPORT_TASK);
        assertThat(listed).containsExactlyInAnyOrderElementsOf(ownTasks);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(FARMLAND)
                .taskDefinitionKey(CommitmentProcess.TASK_FILE_PROGRESS).count())
                .as("another bureau's report task exists, but is not listed").isEqualTo(1);
        assertThat(listed).noneMatch(name -> name.contains(FARMLAND));
    }

    /** The server refuses the report, Tasklist shows its message naming the field, and the task stays open. */
    @Test
    void reportBehindPlanWithoutDelayReasonIsRefusedWithTheErrorShownAndTheTaskStaysOpen() {
        openReportTask();
        // 0.5 of 15 firms at the end of January is behind the plan (3 by March): a delay reason is required
        browser.type(CUMULATIVE_VALUE, "0.5");
        browser.type(WORK_DONE, "走访企业8家，储备入规企业3家");
        browser.type(NEXT_STEPS, "推动储备企业尽快入规");
        assertThat(values()).containsExactly("0.5", "走访企业8家，储备入规企业3家", "推动储备企业尽快入规");
        browser.click(COMPLETE);

        WebElement error = browser.until(ExpectedConditions.visibilityOfElementLocated(ERROR_NOTIFICATION));
        browser.screenshot("tasklist-2-refused-report");
        assertThat(error.getText()).contains("「滞后原因」(delayReason)", "进度落后于序时进度，须说明滞后原因")
                .as("the message alone, not the engine's wrapping").doesNotContain("ENGINE-").doesNotContain("TaskListener");
        Task task = world.task(FIRMS, CommitmentProcess.TASK_FILE_PROGRESS);
        assertThat(task).as("the report task stays open").isNotNull();
        assertThat(task.getAssignee()).isEqualTo(CLERK);
        assertThat(jdbc.queryForObject("select count(*) from progress_report", Integer.class)).isZero();
        assertThat(world.historicVariable(FIRMS, Vars.CUMULATIVE_VALUE)).isNull();
    }

    /** The form library's own check, before anything is sent, speaks Chinese too. */
    @Test
    void theFormsOwnCheckOfANegativeValueIsShownInChinese() {
        openReportTask();
        browser.type(CUMULATIVE_VALUE, "-1");
        browser.type(WORK_DONE, "走访企业8家");
        browser.type(NEXT_STEPS, "继续推进");

        // the library checks as the person types, and keeps 完成 disabled while a check fails
        browser.until(d -> texts(FIELD_ERRORS).stream().anyMatch(text -> text.contains("不能小于 0")));
        browser.screenshot("tasklist-4-form-check-in-chinese");
        assertThat(texts(FIELD_ERRORS)).as("no English message of the form library").noneMatch(text -> text.contains("Field "));
        assertThat(browser.visible(COMPLETE).isEnabled()).as("完成 stays disabled").isFalse();
        assertThat(world.task(FIRMS, CommitmentProcess.TASK_FILE_PROGRESS)).as("nothing was sent").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from progress_report", Integer.class)).isZero();
    }

    /**
     * A valid report completes the task; before submitting, the form says what the value means against the period's
     * 序时进度; afterwards Tasklist shows the rating it produced with its reason. The engine holds the values.
     */
    @Test
    void validProgressReportCompletesTheTaskWithTheValuesInTheEngine() {
        openReportTask();
        assertThat(browser.visible(formText("本期序时进度")).getText())
                .contains("本期序时进度：1.02家", "年度目标 15家");
        browser.type(CUMULATIVE_VALUE, "2");
        browser.type(WORK_DONE, "组织对接会2场，走访企业12家");
        browser.type(NEXT_STEPS, "继续推进入规培育");
        assertThat(values()).containsExactly("2", "组织对接会2场，走访企业12家", "继续推进入规培育");
        browser.until(d -> browser.visible(formText("按本次填报")).getText().contains("序时进度的 195.7%"));
        assertThat(browser.visible(formText("按本次填报")).getText())
                .contains("累计完成 2家", "为年度目标的 13.3%");
        browser.screenshot("tasklist-3a-report-form-explains-the-value");
        browser.click(COMPLETE);

        browser.until(d -> world.task(FIRMS, CommitmentProcess.TASK_FILE_PROGRESS) == null);
        browser.until(d -> texts(TASKS_IN_LIST).stream().noneMatch(name -> name.contains(FIRMS)));
        WebElement result = browser.visible(By.cssSelector(".duban-submit-result"));
        browser.until(d -> result.getText().contains("评级：绿灯"));
        assertThat(result.getText()).contains(FIRMS, "2024-01 累计完成 2家", "评级理由：", "未触发督办")
                .doesNotContain("undefined").doesNotContain("null");
        assertThat(result.findElement(By.linkText("查看事项详情 ↗")).getAttribute("href"))
                .endsWith("/duban/commitment.html?id=" + FIRMS);
        browser.screenshot("tasklist-3-report-completed-with-its-rating");
        assertThat(((Number) world.historicVariable(FIRMS, Vars.CUMULATIVE_VALUE)).doubleValue()).isEqualTo(2.0);
        assertThat(world.historicVariable(FIRMS, Vars.WORK_DONE)).isEqualTo("组织对接会2场，走访企业12家");
        assertThat(world.historicVariable(FIRMS, Vars.NEXT_STEPS)).isEqualTo("继续推进入规培育");
        assertThat(world.historicVariable(FIRMS, Vars.RATING)).isEqualTo("green");
        Map<String, Object> report = jdbc.queryForMap(
                "select period, cumulative_value, on_time from progress_report where commitment_id = ?", FIRMS);
        assertThat(report).containsEntry("period", "2024-01").containsEntry("on_time", true);
        assertThat(((Number) report.get("cumulative_value")).doubleValue()).isEqualTo(2.0);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(FIRMS)
                .taskDefinitionKey(CommitmentProcess.TASK_FILE_PROGRESS).singleResult().getAssignee())
                .as("completed by the clerk in Tasklist").isEqualTo(CLERK);
    }

    private void openBureauFilter() {
        browser.click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(@class,'item')]//a[contains(normalize-space(),'本单位待办')]"));
        browser.until(d -> texts(ACTIVE_FILTER).stream().anyMatch(name -> name.contains("本单位待办")));
        browser.until(d -> !texts(TASKS_IN_LIST).isEmpty());
    }

    /** 本单位待办 → the January report of 2024-02-01, claimed so that its form can be filled in. */
    private void openReportTask() {
        openBureauFilter();
        browser.click(By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]//h4//a[contains(normalize-space(),'"
                + FIRMS + "')]"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(TASK_TITLE, REPORT_TASK));
        browser.click(CLAIM);
        browser.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
        browser.visible(CUMULATIVE_VALUE);
    }

    /** What the report form holds: cumulative value, work done, next steps. */
    private List<String> values() {
        return List.of(browser.value(CUMULATIVE_VALUE), browser.value(WORK_DONE), browser.value(NEXT_STEPS));
    }

    private List<String> texts(By locator) {
        return browser.all(locator).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** A text view of the form (they carry no id) by what it says. */
    private static By formText(String says) {
        return By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(normalize-space(),'" + says + "')]");
    }

    private static By field(String key) {
        return By.cssSelector("[id$='Field_" + key + "']");
    }
}
