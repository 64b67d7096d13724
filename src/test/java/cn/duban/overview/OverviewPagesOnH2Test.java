package cn.duban.overview;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * {@link OverviewPagesContract} on the demo profile's H2, as {@code ./mvnw spring-boot:run} starts it: the shipped
 * ledger is imported at start, the random state is added to it.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:duban-overview-h2;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=overviewh2",
        "camunda.bpm.job-execution.enabled=false",
        "duban.demo.clock-file=target/overview-h2-clock.txt"})
// closed after the class: a second engine left registered confuses camunda-bpm-assert in later tests
@DirtiesContext
class OverviewPagesOnH2Test extends OverviewPagesContract {

    @Override
    void importTheLedger() {
        // imported at start by the demo profile
    }
}
