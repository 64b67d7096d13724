package cn.duban.e2e;

import static cn.duban.e2e.E2eWorld.FIRMS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess.Vars;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The auditor's window in a real Chromium, logged in through Cockpit: the auditor chooses a commitment and Excel,
 * downloads the export (saved under its Chinese name), sees it listed with its chain hash, and verifies the file
 * on the page — then a copy with one cell changed, which fails naming the sheet.
 */
class AuditE2E extends BrowserTest {

    static final String AUDITOR = "e2eauditor";

    /** 工信局's plan approved and its January report filed late on 3 February: a short history to export. */
    @BeforeAll
    void fileJanuaryReport(@TempDir Path folder) {
        world = new E2eWorld(engine);
        world.user(AUDITOR, "审计", "shenji");
        world.importFixtureLedgerInJanuary2024(importer, jdbc, folder);
        world.openFirstMonthlyReport(FIRMS);
        world.at("2024-02-03T10:00");
        world.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 0.9, Vars.DELAY_REASON, "春节前企业申报放缓");
        E2eWorld.resetClock();
    }

    @Test
    void auditorDownloadsAnExportSeesItListedAndVerifiesItOnThePage(@TempDir Path downloads) throws IOException {
        browser = Browser.forPort(port);
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.logIn("cockpit", AUDITOR, E2eWorld.PASSWORD);
        browser.open("/duban/audit.html");
        browser.until(d -> browser.all(By.cssSelector("#commitments option")).size() > 1);
        int before = browser.all(By.cssSelector("#exports tbody tr")).size();

        new Select(browser.visible(By.id("commitments"))).selectByValue(FIRMS);
        browser.click(By.cssSelector("input[name=format][value=xlsx]"));
        assertThat(browser.visible(By.id("selection")).getText()).contains("承诺事项 " + FIRMS);
        assertThat(browser.visible(By.id("download")).getAttribute("href")).endsWith("format=xlsx&commitment=" + FIRMS);
        browser.screenshot("audit-1-choose");
        browser.click(By.id("download"));

        Path file = browser.until(d -> downloaded(downloads));
        assertThat(file.getFileName().toString()).matches("督办审计导出-\\d{8}-\\d{6}-xlsx\\.xlsx");
        browser.until(d -> browser.all(By.cssSelector("#exports tbody tr")).size() == before + 1
                && browser.all(By.cssSelector("#exports tbody tr")).get(0).getText().contains("已完成"));
        String listed = browser.all(By.cssSelector("#exports tbody tr")).get(0).getText();
        assertThat(listed).contains(AUDITOR, "xlsx", "承诺事项 " + FIRMS, "已完成");
        browser.screenshot("audit-2-listed");

        browser.driver().findElement(By.id("verify-file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("verify"));
        String passed = browser.visible(By.cssSelector("#verify-result.passed")).getText();
        assertThat(passed).contains("校验通过，与导出记录一致", "链式哈希与导出记录 #", "一致");
        assertThat(listed).contains(passed.replaceAll("(?s).*链式哈希 ([0-9a-f]{64}).*", "$1"));
        browser.screenshot("audit-3-verified");

        Path altered = downloads.resolve("altered.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file)); OutputStream out = Files.newOutputStream(altered)) {
            Row row = workbook.getSheet("进度填报").getRow(2);
            row.removeCell(row.getCell(0));
            row.createCell(0).setCellValue("9999");
            workbook.write(out);
        }
        browser.driver().findElement(By.id("verify-file")).sendKeys(altered.toAbsolutePath().toString());
        browser.click(By.id("verify"));
        String failed = browser.visible(By.cssSelector("#verify-result.failed")).getText();
        assertThat(failed).contains("校验未通过：altered.xlsx", "清单未被改动", "工作表 进度填报", "已被改动");
        browser.screenshot("audit-4-altered");
    }

    /** The finished download, or null while Chromium still writes it. */
    private static Path downloaded(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> done = files.filter(path -> path.toString().endsWith(".xlsx")).toList();
            return done.isEmpty() ? null : done.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
