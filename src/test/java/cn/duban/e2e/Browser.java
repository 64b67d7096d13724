package cn.duban.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven by the system's chromedriver (Debian packages {@code chromium} and
 * {@code chromium-driver}); both paths are given explicitly, so Selenium Manager never downloads anything.
 * Each browser has a fresh profile in a temporary folder, deleted on close.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Path SCREENSHOTS = Path.of(System.getProperty("e2e.screenshots", "target/e2e-screenshots"));

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriver driver;

    private Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        String chromium = System.getProperty("e2e.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
        System.setProperty("webdriver.chrome.driver", chromedriver);
        try {
            profile = Files.createTempDirectory("duban-e2e-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1600,1200", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** A browser for the application listening on {@code port} of this machine. */
    static Browser forPort(int port) {
        return new Browser("http://localhost:" + port);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Opens a webapp ({@code tasklist}, {@code cockpit}) and signs in through its login form. */
    void logIn(String app, String user, String password) {
        open("/camunda/app/" + app + "/default/");
        WebElement name = visible(By.cssSelector("input[type=text]"));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
    }

    WebElement visible(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    /** Clicks an element once it is clickable, scrolled to the middle of the window first. */
    void click(By locator) {
        WebElement element = until(ExpectedConditions.elementToBeClickable(locator));
        scrollIntoView(element);
        element.click();
    }

    /**
     * Replaces the value of a form field the way a user does: click, select all, type over it, leave with Tab.
     * Camunda Forms (form-js) hand a field's value to the form debounced; a field typed into before the
     * previous one's change arrived can lose its text, so the value is checked after a pause and typed again.
     */
    void type(By locator, String text) {
        for (int attempt = 1; ; attempt++) {
            WebElement field = visible(locator);
            scrollIntoView(field);
            field.click();
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            field.sendKeys(text, Keys.TAB);
            pause(Duration.ofMillis(600));
            if (text.equals(value(locator)) || attempt == 3) {
                return;
            }
        }
    }

    String value(By locator) {
        return driver.findElement(locator).getDomProperty("value");
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    <T> T until(Function<? super WebDriver, T> condition) {
        // Tasklist re-renders its lists while a condition reads them: a vanished element means "look again"
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Saves what the browser shows to {@code target/e2e-screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
