package cn.duban.ledger.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.duban.ledger.Direction;
import cn.duban.ledger.Ledger;
import cn.duban.ledger.LedgerReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetExtractorTest {

    static final String FULL_REPORT = read(Path.of("config/report/dongli-2024-government-work-report.txt"));

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shippedLedgerCoversEveryQuantitativeTargetOfTheShippedReportExactly() {
        Ledger ledger = LedgerReader.read(Path.of("config/ledger-2024.yaml"), Path.of("config/bureaus.yaml"),
                Path.of("config/leaders.yaml"));

        LedgerCoverage coverage = LedgerCoverage.of(TargetExtractor.extract(FULL_REPORT), ledger.entries());

        assertThat(coverage.uncovered()).isEmpty();
        assertThat(coverage.found()).hasSize(61);
    }

    @Test
    void halfWidthExcerptYieldsTheSameTargetsAsTheSamePassageOfTheFullText() throws IOException {
        String excerptText;
        try (InputStream in = getClass().getResourceAsStream("/report/dongli-2024-excerpt-halfwidth.txt")) {
            excerptText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String excerpt = SourceText.of(excerptText).text();

        List<ExtractedTarget> fromExcerpt = TargetExtractor.extract(excerptText);
        List<String> fromSamePassage = TargetExtractor.extract(FULL_REPORT).stream()
                .filter(target -> excerpt.contains(target.sentence().text()))
                .map(target -> target.sentence().text() + "|" + target.text())
                .toList();

        assertThat(fromExcerpt).hasSizeGreaterThanOrEqualTo(10);
        assertThat(fromExcerpt).extracting(target -> target.sentence().text() + "|" + target.text())
                .isEqualTo(fromSamePassage);
        assertThat(fromExcerpt).extracting(ExtractedTarget::text).startsWith("4.5%", "6%", "5%", "160个");
    }

    @Test
    void yearsAnniversariesOrdinalsAndNamesAreNotTargets() {
        String text = """
                二、2024年主要任务
                今年是中华人民共和国成立75周年。PM2.5年均浓度达到市目标要求，深入探索实践1.5级土地开发利用，召开第3次推进会。
                """;

        assertThat(TargetExtractor.extract(text)).isEmpty();
    }

    @Test
    void growthRatesAreToldFromAmounts() {
        String text = "二、2024年主要任务\n楼宇经济税收增长12%，建成区44%的面积达到海绵城市建设标准，新增就业1.9万人。\n";

        assertThat(TargetExtractor.extract(text))
                .extracting(ExtractedTarget::text, ExtractedTarget::direction, ExtractedTarget::clause)
                .containsExactly(
                        tuple("12%", Direction.GROWTH, "楼宇经济税收增长12%"),
                        tuple("44%", Direction.AT_LEAST, "建成区44%的面积达到海绵城市建设标准"),
                        tuple("1.9万人", Direction.AT_LEAST, "新增就业1.9万人"));
    }

    @Test
    void approximationsListsCeilingsAndChineseNumeralsAreRead() {
        String text = """
                二、2025年工作安排
                新建改造农村公路300余公里，城镇调查失业率控制在5.5%左右，单位地区生产总值能耗下降3%，
                社会消费品零售总额、外贸进出口分别增长5%、7%以上，两个园区各新增高标准农田5000亩，新建两所学校，实施十大工程，
                居民消费价格涨幅控制在3%以内，新增标准厂房1000平方米以上。
                """;

        assertThat(TargetExtractor.extract(text))
                .extracting(ExtractedTarget::text, ExtractedTarget::direction, ExtractedTarget::qualifier)
                .containsExactly(
                        tuple("300公里", Direction.AT_LEAST, "余"),
                        tuple("5.5%", Direction.AT_MOST, "左右"),
                        tuple("3%", Direction.DECREASE, ""),
                        tuple("5%", Direction.GROWTH, ""),
                        tuple("7%", Direction.GROWTH, "以上"),
                        tuple("5000亩", Direction.AT_LEAST, "各"),
                        tuple("2所", Direction.AT_LEAST, ""),
                        tuple("10项", Direction.AT_LEAST, ""),
                        tuple("3%", Direction.AT_MOST, "以内"),
                        tuple("1000平方米", Direction.AT_LEAST, "以上"));
    }

    @Test
    void theReviewPartAndPastResultsAreNotRead() {
        String text = "一、2023年工作回顾\n新增就业2万人。\n二、2024年主要任务\n新增就业1.9万人。2023年完成投资100亿元。去年建成公园3个。"
                + "累计培训500人。\n三、加强政府自身建设\n培训干部500人。\n注释：\n1.十项行动：新增10个。\n";

        assertThat(TargetExtractor.extract(text)).extracting(ExtractedTarget::text).containsExactly("1.9万人", "500人");
    }

    @Test
    void tasksYearIsReadFromTheTasksHeading() {
        assertThat(ReportStructure.of(SourceText.of(FULL_REPORT)).year()).isEqualTo(2024);
    }
}
