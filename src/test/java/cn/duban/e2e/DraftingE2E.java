package cn.duban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The drafting page in a real Chromium, logged in through Tasklist as the supervision office: a report of another
 * government is pasted and analysed (a write through the webapps' login, with the session's CSRF token from
 * {@code /duban/api/me}), its tasks part shows the proposals highlighted in place, one is rejected, and the draft
 * ledger downloads without it.
 */
class DraftingE2E extends BrowserTest {

    static final String CLERK = "e2edrafter";

    @BeforeAll
    void supervisionOfficeClerk() {
        world = new E2eWorld(engine);
        world.user(CLERK, "起草", "duchashi");
    }

    @Test
    void theSupervisionOfficeAnalysesAReportRejectsAProposalAndDownloadsTheDraft(@TempDir Path downloads) throws IOException {
        String report = Files.readString(Path.of("src/test/resources/drafting/03-city-2024-targets-and-tasks.txt"), StandardCharsets.UTF_8);
        browser = Browser.forPort(port);
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.logIn("tasklist", CLERK, E2eWorld.PASSWORD);
        browser.open("/duban/drafting.html");
        browser.visible(By.id("report"));
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('report').value = arguments[0];", report);
        browser.click(By.id("analyse"));

        browser.until(d -> !browser.all(By.cssSelector("#entries tbody tr")).isEmpty());
        assertThat(browser.all(By.id("input-error")).stream().filter(e -> e.isDisplayed()).toList()).as("no error shown").isEmpty();
        int proposals = browser.all(By.cssSelector("#entries tbody tr")).size();
        assertThat(browser.all(By.cssSelector("#tasks-text mark"))).as("proposals highlighted in the text").hasSizeGreaterThanOrEqualTo(proposals);
        assertThat(browser.visible(By.id("tasks-text")).getText()).as("the review part is not shown as tasks").doesNotContain("2023年工作回顾");
        browser.screenshot("drafting-1-proposals");

        String firstId = browser.all(By.cssSelector("#entries tbody tr")).get(0).getAttribute("id").substring("row-".length());
        String secondId = browser.all(By.cssSelector("#entries tbody tr")).get(1).getAttribute("id").substring("row-".length());
        browser.click(By.cssSelector("#row-" + firstId + " input[type=checkbox]"));
        browser.until(d -> browser.visible(By.id("row-" + firstId)).getAttribute("class").contains("rejected"));
        browser.click(By.id("download-yaml"));

        Path file = browser.until(d -> downloaded(downloads));
        String draft = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(draft).contains("commitments:", "id: \"" + secondId + "\"").doesNotContain("id: \"" + firstId + "\"");
        assertThat(file.getFileName().toString()).startsWith("台账草稿-").endsWith(".yaml");
        browser.screenshot("drafting-2-rejected");
    }

    private static Path downloaded(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
