package cn.duban.e2e;

import static cn.duban.e2e.E2eWorld.BUREAU;
import static cn.duban.e2e.E2eWorld.FIRMS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.identity.Roles;
import cn.duban.simulation.SimulatedEvidence;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 佐证材料 in a real Chromium: 工信局's clerk attaches a PDF and a photo to the January report in Tasklist and files it;
 * later the clerk applies for closure with a PDF, and 督查室, verifying the closure, finds the file below the form and
 * opens it.
 */
class EvidenceE2E extends BrowserTest {

    static final String CLERK = "e2eevclerk";
    static final String SUPERVISOR = "e2eevsupervisor";
    static final By CLAIM = By.cssSelector("button.claim");
    static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
    static final By TASK_TITLE = By.cssSelector(".task-details h2.task, [cam-tasklist-task] h2.task");
    static final By PANEL = By.cssSelector(".duban-evidence");
    static final By FILE_INPUT = By.cssSelector(".duban-evidence input.duban-evidence-input");
    static final By UPLOAD = By.cssSelector(".duban-evidence button.duban-evidence-upload");
    static final By LISTED = By.cssSelector(".duban-evidence .duban-evidence-files tbody tr");

    Path pdf;
    Path photo;

    @BeforeAll
    void usersAndFiles(@TempDir Path files) throws Exception {
        world = new E2eWorld(engine);
        world.user(CLERK, "工信局", BUREAU);
        world.user(SUPERVISOR, "督查室", Roles.SUPERVISION_OFFICE);
        pdf = Files.write(files.resolve("统计局入规名单.pdf"), SimulatedEvidence.pdf("register"));
        photo = Files.write(files.resolve("企业现场照片.png"), SimulatedEvidence.png(FIRMS));
    }

    @BeforeEach
    void januaryReportOpen(@TempDir Path folder) {
        world.importFixtureLedgerInJanuary2024(importer, jdbc, folder);
        world.openFirstMonthlyReport(FIRMS);
        world.at("2024-02-03T10:00");
    }

    @Test
    void aClerkAttachesAPdfAndAPhotoToAReportInTasklist() {
        browser = Browser.forPort(port);
        browser.logIn("tasklist", CLERK, E2eWorld.PASSWORD);
        openAndClaim(world.task(FIRMS, CommitmentProcess.TASK_FILE_PROGRESS));
        WebElement panel = browser.visible(PANEL);
        assertThat(panel.getText()).contains("佐证材料", "进度填报佐证", "20 MB");
        browser.until(ExpectedConditions.presenceOfElementLocated(FILE_INPUT)).sendKeys(pdf + "\n" + photo);
        browser.until(d -> browser.visible(By.cssSelector(".duban-evidence-chosen")).getText().contains("已选 2 个"));
        browser.click(UPLOAD);
        browser.until(d -> browser.all(LISTED).size() == 2);
        assertThat(browser.visible(PANEL).getText()).contains("统计局入规名单.pdf", "企业现场照片.png", "PDF", "PNG 图片", CLERK);
        browser.screenshot("evidence-1-clerk-attached-pdf-and-photo");

        browser.type(field(Vars.CUMULATIVE_VALUE), "2");
        browser.type(field(Vars.WORK_DONE), "组织对接会2场，走访企业12家");
        browser.type(field(Vars.NEXT_STEPS), "继续推进入规培育");
        browser.click(COMPLETE);
        browser.until(d -> world.task(FIRMS, CommitmentProcess.TASK_FILE_PROGRESS) == null);
        assertThat(jdbc.queryForObject("select count(*) from evidence_file where commitment_id = ? and period = '2024-01'"
                + " and sealed_at is not null and uploaded_by = ?", Integer.class, FIRMS, CLERK)).isEqualTo(2);
    }

    @Test
    void theSupervisionOfficeOpensTheClosuresEvidenceWhenVerifying() {
        world.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 15);
        browser = Browser.forPort(port);
        browser.logIn("tasklist", CLERK, E2eWorld.PASSWORD);
        openAndClaim(world.task(FIRMS, CommitmentProcess.TASK_APPLY_CLOSURE));
        assertThat(browser.visible(PANEL).getText()).contains("办结销号须至少上传一个文件");
        browser.until(ExpectedConditions.presenceOfElementLocated(FILE_INPUT)).sendKeys(pdf.toString());
        browser.click(UPLOAD);
        browser.until(d -> browser.all(LISTED).size() == 1);
        browser.type(field(Vars.CLOSURE_SUMMARY), "15家企业已全部纳入规上统计，详见统计局入规名单");
        browser.type(field(Vars.CLOSURE_EVIDENCE), "统计局入规名单（盖章扫描件）");
        browser.click(COMPLETE);
        browser.until(d -> world.task(FIRMS, CommitmentProcess.TASK_APPLY_CLOSURE) == null);
        browser.close();

        browser = Browser.forPort(port);
        browser.logIn("tasklist", SUPERVISOR, E2eWorld.PASSWORD);
        Task verification = world.task(FIRMS, CommitmentProcess.TASK_VERIFY_CLOSURE);
        openAndClaim(verification);
        WebElement panel = browser.visible(PANEL);
        browser.until(d -> panel.getText().contains("办结销号申请所附佐证材料"));
        WebElement link = browser.visible(By.xpath("//*[contains(@class,'duban-evidence')]//a[text()='统计局入规名单.pdf']"));
        browser.screenshot("evidence-2-supervisor-sees-the-closure-evidence");
        Object opened = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => "
                        + "done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)));",
                link.getAttribute("href"));
        assertThat(String.valueOf(opened)).isEqualTo("200 application/pdf " + SimulatedEvidence.pdf("register").length);
    }

    private void openAndClaim(Task task) {
        browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
        browser.until(ExpectedConditions.textToBePresentInElementLocated(TASK_TITLE, FIRMS));
        browser.click(CLAIM);
        browser.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
    }

    private static By field(String key) {
        return By.cssSelector("[id$='Field_" + key + "']");
    }
}
