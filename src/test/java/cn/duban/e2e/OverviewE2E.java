package cn.duban.e2e;

import static cn.duban.e2e.E2eWorld.BUREAU;
import static cn.duban.e2e.E2eWorld.FARMLAND;
import static cn.duban.e2e.E2eWorld.FIRMS;
import static cn.duban.e2e.E2eWorld.FIRMS_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.identity.Roles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 督办总览 and 承诺事项详情 in a real Chromium, as the supervision office and as a bureau clerk, on 2024-02-20:
 * 新增规上工业企业15家 (工信局) reported 0.2 of 1.02 planned firms and turned red; 高标准农田 (农业农村委) has not
 * filed its January report, due on 2024-02-05. The supervision office finds each in one click; the clerk sees only
 * the bureau's own commitment and no link to Cockpit.
 */
class OverviewE2E extends BrowserTest {

    static final String SUPERVISOR = "e2educhashi";
    static final String CLERK = "e2eovgongxin";
    static final By ROW_IDS = By.cssSelector("#rows tbody tr td:first-child a");
    static final By NAV_LINKS = By.cssSelector("header nav a");

    @BeforeAll
    void createUsers() {
        world = new E2eWorld(engine);
        world.user(SUPERVISOR, "督查室", Roles.SUPERVISION_OFFICE);
        world.user(CLERK, "工信局", BUREAU);
    }

    @BeforeEach
    void aRedAndAnOverdueCommitment(@TempDir Path folder) {
        world.importFixtureLedgerInJanuary2024(importer, jdbc, folder);
        world.openFirstMonthlyReport(FIRMS);
        // approved in January, so that its first period is January's too (the timer moved the clock to February)
        world.at("2024-01-20T09:00");
        world.openFirstMonthlyReport(FARMLAND);
        world.at("2024-02-03T10:00");
        world.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 0.2, Vars.DELAY_REASON, "春节前企业申报放缓");
        world.at("2024-02-20T10:00");
        browser = Browser.forPort(port);
    }

    @Test
    void theSupervisionOfficeFindsTheRedAndTheOverdueInOneClickEach() {
        browser.logIn("tasklist", SUPERVISOR, E2eWorld.PASSWORD);
        browser.open("/duban/overview.html");
        browser.until(d -> ids().size() == 4);
        assertThat(browser.visible(By.tagName("body")).getText()).contains("督办总览", "全部事项", "红灯", "报送逾期", "达到15家");
        browser.screenshot("overview-1-supervisor-whole-ledger");

        browser.click(By.xpath("//button[contains(@class,'card')][.//span[@class='label' and text()='红灯']]"));
        browser.until(d -> ids().equals(List.of(FIRMS)));
        String url = browser.until(d -> d.getCurrentUrl());
        assertThat(url).contains("rating=red");
        WebElement row = browser.visible(By.cssSelector("#rows tbody tr"));
        assertThat(row.getText()).contains(FIRMS_TITLE, "区工信局", "红灯", "0.2家", "实际进度低于序时进度的80%");
        browser.screenshot("overview-2-red-in-one-click");

        browser.click(By.id("clear"));
        browser.until(d -> ids().size() == 4);
        browser.click(By.xpath("//button[contains(@class,'card')][.//span[@class='label' and text()='报送逾期']]"));
        browser.until(d -> ids().equals(List.of(FARMLAND)));
        assertThat(browser.visible(By.cssSelector("#rows tbody tr")).getText()).contains("天");
        WebElement overdue = browser.visible(By.id("overdue"));
        assertThat(overdue.getText()).contains("进度月报（2024-01）", FARMLAND, "农业农村委");
        browser.screenshot("overview-3-overdue-in-one-click");

        browser.open("/duban/overview.html?rating=red");
        browser.until(d -> ids().equals(List.of(FIRMS)));
        assertThat(navLinks()).contains("驾驶舱");
    }

    @Test
    void theCommitmentPageTellsItsYear() {
        browser.logIn("tasklist", SUPERVISOR, E2eWorld.PASSWORD);
        browser.open("/duban/commitment.html?id=" + FIRMS);
        WebElement title = browser.visible(By.id("title"));
        browser.until(d -> title.getText().contains(FIRMS_TITLE));
        String page = browser.visible(By.id("content")).getText();
        assertThat(page).contains("区工信局", "达到15家", "报告原文", "2024-01", "0.2家", "1.02家",
                "红灯", "实际进度低于序时进度的80%", "报送实施方案", "督查室审核", "第1版");
        browser.click(By.cssSelector("#reports details summary"));
        assertThat(browser.visible(By.cssSelector("#reports details")).getText()).contains("滞后原因", "春节前企业申报放缓");
        assertThat(browser.all(By.cssSelector("#chart polyline"))).as("planned trajectory and reported values").hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.visible(By.cssSelector("#cockpit a")).getAttribute("href")).contains("/camunda/app/cockpit/");
        browser.screenshot("commitment-1-supervisor-reads-the-year");
    }

    @Test
    void aClerkSeesTheBureausOwnCommitmentOnlyAndNoCockpit() {
        browser.logIn("tasklist", CLERK, E2eWorld.PASSWORD);
        browser.open("/duban/overview.html");
        browser.until(d -> ids().equals(List.of(FIRMS)));
        assertThat(navLinks()).contains("督办总览", "任务清单").doesNotContain("驾驶舱");
        browser.screenshot("overview-4-clerk-own-commitments");

        browser.open("/duban/commitment.html?id=" + FARMLAND);
        WebElement error = browser.visible(By.id("error"));
        browser.until(d -> error.getText().contains("只能查看本单位"));
        assertThat(browser.visible(By.tagName("body")).getText()).doesNotContain("1.86万亩");
        browser.screenshot("commitment-2-clerk-refused-another-bureau");

        browser.open("/duban/commitment.html?id=" + FIRMS);
        browser.until(d -> browser.visible(By.id("title")).getText().contains(FIRMS_TITLE));
        assertThat(browser.all(By.cssSelector("#cockpit a"))).as("no Cockpit link for a clerk").isEmpty();
    }

    /** The bell beside the user's name: opened, an unread notice is a link; following it marks that one read, for the clerk alone. */
    @Test
    void aClerkFollowsANoticeFromTheBellAndItIsReadForHerAlone() {
        browser.logIn("tasklist", CLERK, E2eWorld.PASSWORD);
        browser.open("/duban/overview.html");
        int unread = Integer.parseInt(browser.until(d -> bellCount()));
        browser.click(By.cssSelector("details.bell summary"));
        By escalated = By.cssSelector("details.bell li.unread a[href*='commitment.html']");
        browser.until(d -> !browser.all(escalated).isEmpty());
        WebElement notice = browser.all(escalated).get(0);
        assertThat(notice.getText()).contains("【", FIRMS);
        assertThat(notice.getCssValue("color")).as("a notice's title is not white on the white list").doesNotContain("255, 255, 255");
        browser.screenshot("notification-1-clerk-opens-the-bell");

        notice.click();
        browser.until(d -> d.getCurrentUrl().contains("commitment.html?id=" + FIRMS));
        browser.until(d -> jdbc.queryForObject("select count(*) from notification_read where user_id = ?", Integer.class,
                CLERK) == 1);

        browser.open("/duban/overview.html");
        browser.until(d -> unread == 1 ? browser.all(By.cssSelector("details.bell li.read")).size() == 1
                : String.valueOf(unread - 1).equals(bellCount()));
        browser.click(By.cssSelector("details.bell summary"));
        assertThat(browser.all(By.cssSelector("details.bell li.read"))).hasSize(1);
        assertThat(browser.all(By.cssSelector("details.bell li.unread"))).hasSize(unread - 1);
        browser.screenshot("notification-2-the-followed-notice-is-read");
        assertThat(jdbc.queryForObject("select count(*) from notification_read where user_id <> ?", Integer.class, CLERK))
                .as("read for the clerk, not for the rest of 工信局").isZero();
    }

    /** The bell's unread count, null until the page has shown one. */
    private String bellCount() {
        return browser.all(By.cssSelector("details.bell summary .count")).stream().map(WebElement::getText)
                .filter(text -> !text.isEmpty()).findFirst().orElse(null);
    }

    private List<String> ids() {
        return browser.all(ROW_IDS).stream().map(WebElement::getText).toList();
    }

    private List<String> navLinks() {
        browser.until(d -> !browser.all(NAV_LINKS).isEmpty());
        return browser.all(NAV_LINKS).stream().map(WebElement::getText).toList();
    }
}
