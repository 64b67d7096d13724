package cn.duban.e2e;

import static cn.duban.e2e.E2eWorld.FARMLAND;
import static cn.duban.e2e.E2eWorld.FIRMS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The supervision office (区政府督查室) in Cockpit, in a real Chromium: finds commitment 2024-02-01 by its business
 * key among all running commitments and sees its diagram and its traffic-light colour. Relies on ids, CSS classes,
 * URLs and duban's own content only, never on the webapp's own wording.
 */
class CockpitE2E extends BrowserTest {

    static final String SUPERVISOR = "e2educhashi";
    static final String PROCESS_NAME = "承诺事项督办";
    static final By SEARCH_INPUT = By.cssSelector("input.main-field");
    // the canvas itself: the collapsed 常态化调度's drill-down button is an svg inside the container too
    static final By DIAGRAM = By.cssSelector(".djs-container > svg");

    @BeforeAll
    void createSupervisor() {
        world = new E2eWorld(engine);
        world.user(SUPERVISOR, "督查室", E2eWorld.SUPERVISION_OFFICE);
    }

    /** All four fixture commitments run; 2024-02-01 reported 0.9 firms for January with a reason: yellow. */
    @BeforeEach
    void rateOneCommitmentYellowAndLogIn(@TempDir Path folder) {
        world.importFixtureLedgerInJanuary2024(importer, jdbc, folder);
        world.openFirstMonthlyReport(FIRMS);
        world.at("2024-02-03T10:00");
        world.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 0.9, Vars.DELAY_REASON, "春节前企业申报放缓");
        assertThat(world.historicVariable(FIRMS, Vars.RATING)).isEqualTo("yellow");
        browser = Browser.forPort(port);
        browser.logIn("cockpit", SUPERVISOR, E2eWorld.PASSWORD);
    }

    @Test
    void supervisorFindsTheCommitmentByBusinessKeyAndSeesItsDiagramAndRating() {
        browser.open("/camunda/app/cockpit/default/#/processes");
        browser.click(By.linkText(PROCESS_NAME));
        browser.visible(DIAGRAM);
        browser.until(d -> rowsWith(FARMLAND).size() == 1);

        WebElement search = browser.visible(SEARCH_INPUT);
        search.sendKeys(FIRMS, Keys.ENTER);
        browser.until(d -> rowsWith(FARMLAND).isEmpty() && rowsWith(FIRMS).size() == 1);
        browser.screenshot("cockpit-1-found-by-business-key");

        rowsWith(FIRMS).get(0).findElement(By.cssSelector("a[href*='process-instance']")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dd.business-key"), FIRMS));
        WebElement diagram = browser.visible(DIAGRAM);
        assertThat(diagram.findElements(By.cssSelector(".djs-element"))).as("diagram elements").isNotEmpty();
        assertThat(browser.text()).contains(PROCESS_NAME);

        // the tab's label is the webapp's own wording: either language
        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='变量' or normalize-space()='Variables']"));
        WebElement rating = browser.until(d -> variableRow(Vars.RATING));
        browser.scrollIntoView(rating);
        browser.screenshot("cockpit-2-instance-diagram-and-rating");
        assertThat(rating.getText()).contains("yellow");
        assertThat(variableRow(Vars.RATING_REASON).getText()).contains(String.valueOf(world.historicVariable(FIRMS, Vars.RATING_REASON)));
    }

    /** Cockpit counts only running tokens; duban's plugin adds the milestone results to the diagram, drilled down too. */
    @Test
    void supervisorSeesMilestoneResultsOnTheCommitmentDiagram() {
        // 0.9 firms by the end of the first quarter against a milestone of 3: missed
        var quarterEnd = engine.getManagementService().createJobQuery().processInstanceId(world.instanceId(FIRMS))
                .activityId(CommitmentProcess.EVENT_QUARTER_ENDS).singleResult();
        ClockUtil.setCurrentTime(quarterEnd.getDuedate());
        engine.getManagementService().executeJob(quarterEnd.getId());
        assertThat(jdbc.queryForObject("select count(*) from milestone_check where not reached", Integer.class)).isOne();

        browser.open("/camunda/app/cockpit/default/#/processes");
        browser.click(By.linkText(PROCESS_NAME));
        WebElement onSubProcess = browser.visible(By.cssSelector(".duban-milestone-scope"));
        assertThat(onSubProcess.getText()).isEqualTo("里程碑：达成 0 / 未达成 1");
        browser.screenshot("cockpit-3-milestones-on-the-definition");

        browser.click(By.cssSelector(".bjs-drilldown"));
        assertThat(browser.visible(By.cssSelector(".duban-milestone-missed")).getText()).isEqualTo("未达成 1");
        assertThat(browser.visible(By.cssSelector(".duban-milestone-reached")).getText()).isEqualTo("达成 0");
        browser.screenshot("cockpit-4-milestones-drilled-down");
    }

    private List<WebElement> rowsWith(String businessKey) {
        return browser.all(By.xpath("//table//tr[td[normalize-space()='" + businessKey + "']]"));
    }

    /** The row of the variables table whose name cell is exactly {@code name}, or null while there is none. */
    private WebElement variableRow(String name) {
        List<WebElement> rows = browser.all(By.xpath("//table//tr[td[normalize-space()='" + name + "']]"));
        return rows.isEmpty() ? null : rows.get(0);
    }
}
