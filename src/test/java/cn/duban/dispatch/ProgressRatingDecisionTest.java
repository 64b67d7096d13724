package cn.duban.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The red/yellow/green/blue progress rating table, evaluated by a standalone DMN engine straight from
 * the model file supervisors edit in Camunda Modeler.
 */
class ProgressRatingDecisionTest {

    static final Path MODEL = Path.of("bpmn", "progress-rating.dmn");

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parseTheDecisionFromTheModelFile() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = Files.newInputStream(MODEL)) {
            decision = engine.parseDecision("progressRating", model);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | ratio | overdue | toDeadline | reached | rating | reason
            rule 1: report filed 11 days late               | 1.2   | 11      | 200        | false   | red    | 进度报送逾期超过10天
            rule 2: target reached                          | 1.0   | 0       | 200        | true    | green  | 已完成年度目标
            rule 3: ratio 0.5                               | 0.5   | 0       | 200        | false   | red    | 实际进度低于序时进度的80%
            rule 4: ratio 0.9                               | 0.9   | 0       | 200        | false   | yellow | 实际进度落后于序时进度
            rule 5: report filed 3 days late                | 1.1   | 3       | 200        | false   | yellow | 进度未按时报送
            rule 6: deadline in 10 days                     | 1.0   | 0       | 10         | false   | blue   | 临近完成时限（30天内），尚未完成
            rule 6: deadline already passed                 | 1.0   | 0       | -5         | false   | blue   | 临近完成时限（30天内），尚未完成
            rule 7: on trajectory                           | 1.3   | 0       | 200        | false   | green  | 按序时进度推进
            boundary: exactly 10 days late is not rule 1    | 1.0   | 10      | 200        | false   | yellow | 进度未按时报送
            boundary: ratio exactly 0.8 is yellow           | 0.8   | 0       | 200        | false   | yellow | 实际进度落后于序时进度
            boundary: ratio just under 0.8 is red           | 0.79  | 0       | 200        | false   | red    | 实际进度低于序时进度的80%
            boundary: ratio 1.0, on time, 31 days left      | 1.0   | 0       | 31         | false   | green  | 按序时进度推进
            boundary: ratio 1.0, on time, 30 days left      | 1.0   | 0       | 30         | false   | blue   | 临近完成时限（30天内），尚未完成
            precedence: 11 days late beats target reached   | 1.0   | 11      | 200        | true    | red    | 进度报送逾期超过10天
            precedence: target reached beats ratio 0.5      | 0.5   | 0       | 200        | true    | green  | 已完成年度目标
            precedence: ratio below 0.8 beats late report   | 0.6   | 5       | 200        | false   | red    | 实际进度低于序时进度的80%
            precedence: behind trajectory beats deadline    | 0.9   | 0       | 10         | false   | yellow | 实际进度落后于序时进度
            precedence: late report beats deadline          | 1.0   | 2       | 10         | false   | yellow | 进度未按时报送
            """)
    void ratesEachReportByTheFirstMatchingRule(String name, double trajectoryRatio, int daysOverdue,
            int daysToDeadline, boolean targetReached, String rating, String ratingReason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("trajectoryRatio", trajectoryRatio);
        variables.put("daysOverdue", daysOverdue);
        variables.put("daysToDeadline", daysToDeadline);
        variables.put("targetReached", targetReached);

        DmnDecisionResult result = engine.evaluateDecision(decision, variables);

        assertThat(result).hasSize(1);
        DmnDecisionResultEntries entries = result.getSingleResult();
        assertThat((String) entries.getEntry("rating")).as("rating").isEqualTo(rating);
        assertThat((String) entries.getEntry("ratingReason")).as("ratingReason").isEqualTo(ratingReason);
    }
}
