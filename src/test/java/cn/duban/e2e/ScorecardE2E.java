package cn.duban.e2e;

import static cn.duban.e2e.E2eWorld.FIRMS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.scorecard.ScorecardProcess;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The 晾晒成绩单 page and Cockpit's dashboard plugin in a real Chromium, with the webapps' own login: the
 * supervision office sees the published February 2024 scorecard, its chart, trend (score and rank on their own
 * axes) and a bureau's commitments, and a link to Cockpit; a bureau clerk sees the ranking but only its own bureau's
 * commitments, and no link to Cockpit, which would not let them in.
 */
class ScorecardE2E extends BrowserTest {

    static final String SUPERVISOR = "e2escsupervisor";
    static final String CLERK = "e2escclerk";
    static final By RANKING_ROWS = By.cssSelector("#ranking tbody tr");

    /** 工信局 reports 0.9 firms for January (yellow); the others have no report due: February is published. */
    @BeforeAll
    void publishFebruary(@TempDir Path folder) {
        world = new E2eWorld(engine);
        world.user(SUPERVISOR, "督查室", E2eWorld.SUPERVISION_OFFICE);
        world.user(CLERK, "工信局", E2eWorld.BUREAU);
        world.importFixtureLedgerInJanuary2024(importer, jdbc, folder);
        world.openFirstMonthlyReport(FIRMS);
        world.at("2024-02-03T10:00");
        world.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 0.9, Vars.DELAY_REASON, "春节前企业申报放缓");
        world.at("2024-03-06T09:00");
        ProcessInstance run = engine.getRuntimeService().startProcessInstanceByKey(ScorecardProcess.KEY,
                Map.of(ScorecardProcess.Vars.PERIOD, "2024-02"));
        complete(run, ScorecardProcess.TASK_REVIEW, Map.of(ScorecardProcess.Vars.REVIEW_DECISION, "submit",
                ScorecardProcess.Vars.REVIEW_COMMENT, "已核对"));
        complete(run, ScorecardProcess.TASK_APPROVE, Map.of(ScorecardProcess.Vars.APPROVAL_DECISION, "approve"));
    }

    @Test
    void supervisorSeesRankingChartTrendAndABureausCommitments() {
        browser = Browser.forPort(port);
        browser.logIn("cockpit", SUPERVISOR, E2eWorld.PASSWORD);
        browser.open("/duban/scorecard.html");
        browser.until(d -> browser.all(RANKING_ROWS).size() == 4);
        assertThat(browser.visible(By.id("status")).getText()).isEqualTo("已发布");
        assertThat(browser.visible(By.id("hash")).getText()).startsWith("内容哈希校验一致");
        assertThat(browser.all(By.cssSelector("#bars rect"))).hasSize(4);
        assertThat(browser.all(By.cssSelector("#trend polyline.score-line"))).hasSize(1);
        assertThat(browser.all(By.cssSelector("#trend polyline.rank-line"))).hasSize(1);
        assertThat(browser.visible(By.cssSelector("#trend .axis-score")).getText()).isEqualTo("得分（分）");
        assertThat(browser.visible(By.cssSelector("#trend .axis-rank")).getText()).isEqualTo("名次（名）");
        WebElement first = browser.all(RANKING_ROWS).get(0);
        assertThat(first.findElement(By.cssSelector("td.rank")).getText()).isEqualTo("第1名");
        assertThat(first.findElement(By.cssSelector("td.score")).getText()).matches("-?\\d+\\.\\d{2}分");
        browser.until(d -> !browser.all(By.cssSelector("#nav a")).isEmpty());
        assertThat(browser.all(By.cssSelector("#nav a"))).extracting(WebElement::getText).contains("任务清单", "驾驶舱");
        browser.screenshot("scorecard-1-ranking-chart-trend");

        WebElement gongxin = browser.visible(By.cssSelector("#ranking tbody tr[data-bureau='gongxin']"));
        gongxin.findElement(By.cssSelector("button.detail")).click();
        browser.until(d -> browser.all(By.cssSelector("#commitments tbody tr")).size() == 1);
        assertThat(browser.visible(By.cssSelector("#commitments tbody tr")).getText()).contains(FIRMS).contains("黄")
                .contains("0.9家").contains("%");
        browser.screenshot("scorecard-2-drill-down");
    }

    @Test
    void bureauClerkSeesTheRankingButOnlyItsOwnDetails() {
        browser = Browser.forPort(port);
        browser.logIn("tasklist", CLERK, E2eWorld.PASSWORD);
        browser.open("/duban/scorecard.html");
        browser.until(d -> browser.all(RANKING_ROWS).size() == 4);
        for (WebElement row : browser.all(RANKING_ROWS)) {
            boolean own = "gongxin".equals(row.getAttribute("data-bureau"));
            assertThat(row.findElement(By.cssSelector("button.detail")).isEnabled()).as(row.getText()).isEqualTo(own);
        }
        browser.until(d -> !browser.all(By.cssSelector("#nav a")).isEmpty());
        assertThat(browser.all(By.cssSelector("#nav a"))).extracting(WebElement::getText).contains("任务清单")
                .doesNotContain("驾驶舱");
        browser.screenshot("scorecard-3-bureau-view");
    }

    @Test
    void cockpitDashboardShowsTheLatestScorecardAndLinksToThePage() {
        browser = Browser.forPort(port);
        browser.logIn("cockpit", SUPERVISOR, E2eWorld.PASSWORD);
        browser.open("/camunda/app/cockpit/default/#/dashboard");
        // the dashboard may render its plugins again after the first paint: look the heading up each time
        browser.until(d -> browser.all(By.cssSelector(".duban-scorecard h3")).stream()
                .anyMatch(heading -> heading.getText().contains("2024年2月")));
        assertThat(browser.visible(By.cssSelector(".duban-scorecard a[href*='/duban/scorecard.html']"))).isNotNull();
        browser.screenshot("scorecard-4-cockpit-dashboard");
    }

    private void complete(ProcessInstance run, String task, Map<String, Object> values) {
        String id = engine.getTaskService().createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(task)
                .singleResult().getId();
        engine.getTaskService().complete(id, values);
    }
}
