package cn.duban.e2e;

import cn.duban.testing.PostgresWebTest;
import cn.duban.ledger.LedgerImporter;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every browser test shares: the running application on PostgreSQL, a fixture world driven on the engine
 * clock, one browser per test (closed afterwards) and a screenshot named after the test when it fails.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    E2eWorld world;
    Browser browser;

    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (context, failure) -> {
        if (browser != null) {
            browser.screenshot("FAILED-" + getClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
        throw failure;
    };

    @AfterEach
    void closeBrowserAndResetClock() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        E2eWorld.resetClock();
    }
}
