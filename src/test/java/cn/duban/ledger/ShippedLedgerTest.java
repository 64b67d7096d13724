package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShippedLedgerTest {

    private static Ledger ledger;

    @BeforeAll
    static void readShippedLedger() {
        ledger = LedgerReader.read(Path.of("config/ledger-2024.yaml"), Path.of("config/bureaus.yaml"),
                Path.of("config/leaders.yaml"));
    }

    @Test
    void shippedLedgerIsValidAndCoversAllSections() {
        assertThat(ledger.year()).isEqualTo(2024);
        assertThat(ledger.entries()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(ledger.entries()).extracting(entry -> entry.section().id())
                .contains("00", "01", "02", "03", "04", "05", "06", "07", "08");
    }

    @Test
    void everySourceSentenceStandsVerbatimInTheReport() {
        ReportText report = ReportText.load(Path.of("config/report/dongli-2024-government-work-report.txt"));
        assertThat(ledger.entries()).allSatisfy(entry -> assertThat(report.contains(entry.source()))
                .as(entry.id()).isTrue());
    }

    @Test
    void targetsAreNormalisedToPlainUnits() {
        assertThat(entry("1.86万亩").target()).satisfies(target -> {
            assertThat(target.value()).isEqualByComparingTo("18600");
            assertThat(target.unit()).isEqualTo("亩");
        });
        assertThat(entry("1000亿元").target().value()).isEqualByComparingTo(new BigDecimal("100000000000"));
        assertThat(entry("4.5%").direction()).isEqualTo(Direction.GROWTH);
    }

    @Test
    void sentenceWithTwoTargetsBecomesTwoEntries() {
        List<LedgerEntry> resettlement = ledger.entries().stream()
                .filter(entry -> entry.source().startsWith("落实好20项民心工程")).toList();
        assertThat(resettlement).extracting(entry -> entry.target().text())
                .containsExactlyInAnyOrder("20项", "7000人", "42项");
    }

    @Test
    void everyEntryHasFourMilestonesReachingItsTargetByTheDeadline() {
        assertThat(ledger.entries()).allSatisfy(entry -> {
            assertThat(entry.milestones()).as(entry.id()).hasSize(4);
            Milestone last = entry.milestones().get(3);
            if (entry.kind() == Kind.QUANTITATIVE) {
                assertThat(last.plannedValue()).as(entry.id()).isEqualByComparingTo(entry.target().value());
            } else {
                assertThat(last.plannedStatus()).as(entry.id()).isEqualTo(MilestoneStatus.DONE);
            }
        });
    }

    @Test
    void principalProjectAndQualitativeCommitmentsAreInTheLedger() {
        assertThat(ledger.entries()).extracting(LedgerEntry::title).anySatisfy(title -> assertThat(title).contains("东丽湖体育公园"));
        assertThat(ledger.entries()).filteredOn(entry -> entry.kind() != Kind.QUANTITATIVE)
                .extracting(LedgerEntry::source)
                .anySatisfy(source -> assertThat(source).contains("三中心医院东丽院区"))
                .anySatisfy(source -> assertThat(source).contains("幸福河湖"))
                .anySatisfy(source -> assertThat(source).contains("全面完成年度债务化解任务"));
    }

    private static LedgerEntry entry(String targetText) {
        return ledger.entries().stream()
                .filter(entry -> entry.target() != null && entry.target().text().equals(targetText))
                .findFirst().orElseThrow();
    }
}
