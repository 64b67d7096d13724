package cn.duban.e2e;

import static cn.duban.e2e.E2eWorld.BUREAU;
import static cn.duban.e2e.E2eWorld.FIRMS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess.Vars;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 区政府督查室 and a bureau clerk in a real Chromium, once the bureaus' implementation plans have run late: 督查室 finds
 * every overdue bureau task under 全区逾期 in Tasklist and opens Cockpit's 人工任务 page without a permission error; the
 * clerk, following Tasklist's link to the instance in Cockpit or opening an unknown page, gets a Chinese page with a
 * way back. Relies on ids, CSS classes, URLs and duban's own content only, never on the webapps' own wording.
 */
class SupervisionE2E extends BrowserTest {

    static final String SUPERVISOR = "e2esupervision";
    static final String CLERK = "e2egongxin";
    static final By FILTER_NAMES = By.cssSelector(".task-filters .item h4");
    static final By ACTIVE_FILTER = By.cssSelector(".task-filters .item.active h4");
    static final By TASKS_IN_LIST = By.cssSelector(".tasks-list li.task h4.task a");
    static final By TASK_TITLE = By.cssSelector(".task-details h2.task, [cam-tasklist-task] h2.task");
    static final By INSTANCE_LINK = By.cssSelector("a.instance-link");
    static final By ERROR_NOTIFICATION = By.cssSelector(".notifications .alert-danger");
    static final By PAGE_TITLE = By.tagName("h1");

    @BeforeAll
    void createSupervisorAndClerk() {
        world = new E2eWorld(engine);
        world.user(SUPERVISOR, "督查室", E2eWorld.SUPERVISION_OFFICE);
        world.user(CLERK, "工信局", BUREAU);
    }

    /** The four fixture commitments' plans were due on 2024-01-20; it is 2024-01-25 and none is written. */
    @BeforeEach
    void letEveryPlanRunLate(@TempDir Path folder) {
        world.importFixtureLedgerInJanuary2024(importer, jdbc, folder);
        world.at("2024-01-25T10:00");
        browser = Browser.forPort(port);
    }

    @Test
    void supervisionOfficeFindsEveryOverdueBureauTaskUnderDistrictOverdue() {
        browser.logIn("tasklist", SUPERVISOR, E2eWorld.PASSWORD);
        browser.until(d -> texts(FILTER_NAMES).stream().anyMatch(name -> name.contains("全区逾期")));

        browser.click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(@class,'item')]//a[contains(normalize-space(),'全区逾期')]"));
        browser.until(d -> texts(ACTIVE_FILTER).stream().anyMatch(name -> name.contains("全区逾期")));
        List<String> overdue = overdueBureauTaskNames();
        assertThat(overdue).as("every plan is late").hasSize(4);
        browser.until(d -> texts(TASKS_IN_LIST).size() == overdue.size());
        // the filter's columns: the commitment's lead bureau among them
        String bureau = String.valueOf(world.historicVariable(FIRMS, Vars.LEAD_BUREAU_NAME));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), bureau));
        browser.screenshot("supervision-1-district-overdue");

        assertThat(texts(TASKS_IN_LIST)).containsExactlyInAnyOrderElementsOf(overdue);
        assertThat(browser.text()).contains("牵头单位", "承诺事项");
    }

    @Test
    void supervisionOfficeOpensCockpitsHumanTasksPageWithoutAPermissionError() {
        browser.logIn("cockpit", SUPERVISOR, E2eWorld.PASSWORD);
        browser.open("/camunda/app/cockpit/default/#/tasks");

        // the report of open tasks by candidate group lists the bureaus whose plans wait
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), E2eWorld.FOREIGN_BUREAU));
        Browser.pause(java.time.Duration.ofSeconds(2));
        browser.screenshot("supervision-2-cockpit-human-tasks");
        assertThat(browser.all(ERROR_NOTIFICATION)).as("no error notification").allMatch(alert -> !alert.isDisplayed());
        assertThat(browser.text()).doesNotContain("permission").doesNotContain("权限");
    }

    @Test
    void aClerkSeesNoLinkToCockpitAndOpeningItAnywayGetsAChinesePageWithTheWayBack() {
        browser.logIn("tasklist", CLERK, E2eWorld.PASSWORD);
        browser.click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(@class,'item')]//a[contains(normalize-space(),'本单位待办')]"));
        browser.click(By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]//h4//a[contains(normalize-space(),'" + FIRMS + "')]"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(TASK_TITLE, FIRMS));

        // the new-window icon beside the process name (承诺事项督办 ↗) opens Cockpit: not shown to a clerk
        browser.until(ExpectedConditions.invisibilityOfElementLocated(INSTANCE_LINK));
        browser.open("/camunda/app/cockpit/default/");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(PAGE_TITLE, "无权访问"));
        browser.screenshot("supervision-3-clerk-refused-cockpit");
        assertThat(browser.text()).contains("错误代码 403", "驾驶舱", "仅供区政府督查室、审计和系统管理员使用", "返回任务清单", "督办总览")
                .doesNotContain("Whitelabel").doesNotContain("Forbidden");

        browser.click(By.linkText("返回任务清单"));
        browser.until(d -> texts(FILTER_NAMES).stream().anyMatch(name -> name.contains("本单位待办")));
    }

    @Test
    void aClerkOpeningAnUnknownPageGetsAChinesePage() {
        browser.logIn("tasklist", CLERK, E2eWorld.PASSWORD);
        browser.open("/duban/no-such-page.html");

        browser.until(ExpectedConditions.textToBePresentInElementLocated(PAGE_TITLE, "页面不存在"));
        browser.screenshot("supervision-4-unknown-page");
        assertThat(browser.text()).contains("错误代码 404", "返回任务清单", "督办总览", "/duban/no-such-page.html")
                .doesNotContain("Whitelabel").doesNotContain("NotFound");
        WebElement back = browser.visible(By.linkText("督办总览"));
        assertThat(back.getDomAttribute("href")).isEqualTo("/duban/overview.html");
    }

    /** Independently of the filter: open tasks past due on the engine clock offered to a bureau. */
    private List<String> overdueBureauTaskNames() {
        Set<String> bureaus = engine.getIdentityService().createGroupQuery().groupType("bureau").list().stream()
                .map(group -> group.getId()).collect(Collectors.toSet());
        Date now = ClockUtil.getCurrentTime();
        return engine.getTaskService().createTaskQuery().list().stream()
                .filter(task -> task.getDueDate() != null && task.getDueDate().before(now))
                .filter(task -> engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && bureaus.contains(link.getGroupId())))
                .map(Task::getName).toList();
    }

    private List<String> texts(By locator) {
        return browser.all(locator).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
