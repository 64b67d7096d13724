package cn.duban.ledger.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.duban.ledger.Direction;
import cn.duban.ledger.Ledger;
import cn.duban.ledger.LedgerReader;
import cn.duban.ledger.ReportText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetExtractorTest {

    private static final ReportText FULL_REPORT =
            ReportText.load(Path.of("config/report/dongli-2024-government-work-report.txt"));

    @Test
    void shippedLedgerCoversEveryQuantitativeTargetOfTheShippedReport() {
        Ledger ledger = LedgerReader.read(Path.of("config/ledger-2024.yaml"), Path.of("config/bureaus.yaml"),
                Path.of("config/leaders.yaml"));

        LedgerCoverage coverage = LedgerCoverage.of(TargetExtractor.extract(FULL_REPORT), ledger.entries());

        assertThat(coverage.found()).hasSizeGreaterThanOrEqualTo(55);
        assertThat(coverage.uncovered()).isEmpty();
    }

    @Test
    void halfWidthExcerptYieldsTheSameTargetsAsTheSamePassageOfTheFullText() throws IOException {
        String excerptText;
        try (InputStream in = getClass().getResourceAsStream("/report/dongli-2024-excerpt-halfwidth.txt")) {
            excerptText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ReportText excerpt = ReportText.of(excerptText);

        List<ExtractedTarget> fromExcerpt = TargetExtractor.extract(excerpt);
        List<ExtractedTarget> fromSamePassage = TargetExtractor.extract(FULL_REPORT).stream()
                .filter(target -> excerpt.contains(target.sentence()))
                .toList();

        assertThat(fromExcerpt).hasSizeGreaterThanOrEqualTo(10);
        assertThat(fromExcerpt).isEqualTo(fromSamePassage);
        assertThat(fromExcerpt).extracting(ExtractedTarget::text).startsWith("4.5%", "6%", "5%", "160个");
    }

    @Test
    void yearsAnniversariesOrdinalsAndNamesAreNotTargets() {
        ReportText text = ReportText.of("""
                二、2024年主要任务
                今年是中华人民共和国成立75周年。PM2.5年均浓度达到市目标要求，深入探索实践1.5级土地开发利用。
                三、加强政府自身建设
                """);

        assertThat(TargetExtractor.extract(text)).isEmpty();
    }

    @Test
    void growthRatesAreToldFromAmounts() {
        ReportText text = ReportText.of("二、2024年主要任务\n楼宇经济税收增长12%，建成区44%的面积达到海绵城市建设标准，新增就业1.9万人。\n");

        assertThat(TargetExtractor.extract(text))
                .extracting(ExtractedTarget::text, ExtractedTarget::direction, ExtractedTarget::clause)
                .containsExactly(
                        tuple("12%", Direction.GROWTH, "楼宇经济税收增长12%"),
                        tuple("44%", Direction.AT_LEAST, "建成区44%的面积达到海绵城市建设标准"),
                        tuple("1.9万人", Direction.AT_LEAST, "新增就业1.9万人"));
    }

    @Test
    void onlyTheTasksPartIsRead() {
        ReportText text = ReportText.of("一、2023年工作回顾\n新增就业2万人。\n二、2024年主要任务\n新增就业1.9万人。\n三、加强政府自身建设\n培训干部500人。\n");

        assertThat(TargetExtractor.extract(text)).extracting(ExtractedTarget::text).containsExactly("1.9万人");
    }

    @Test
    void tasksYearIsReadFromTheTasksHeading() {
        assertThat(FULL_REPORT.tasksYear()).hasValue(2024);
        assertThat(ReportText.of("新增就业1.9万人。").tasksYear()).isEmpty();
    }
}
