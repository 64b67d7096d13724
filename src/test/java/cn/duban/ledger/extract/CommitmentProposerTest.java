package cn.duban.ledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.ledger.Kind;
import cn.duban.ledger.Ledger;
import cn.duban.ledger.LedgerEntry;
import cn.duban.ledger.LedgerReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentProposerTest {

    @Test
    void everyProjectAndQualitativeCommitmentOfTheShippedLedgerIsProposed() {
        Ledger ledger = LedgerReader.read(Path.of("config/ledger-2024.yaml"), Path.of("config/bureaus.yaml"),
                Path.of("config/leaders.yaml"));
        ReportStructure report = ReportStructure.of(SourceText.of(TargetExtractorTest.FULL_REPORT));
        List<ProposedTask> proposals = CommitmentProposer.propose(report, TargetExtractor.extract(report));
        List<LedgerEntry> expected = ledger.entries().stream().filter(entry -> !entry.kind().hasNumericTarget()).toList();

        List<LedgerEntry> missed = expected.stream()
                .filter(entry -> proposals.stream().noneMatch(p -> TaskMatch.same(p, entry)))
                .toList();
        long real = proposals.stream().filter(p -> expected.stream().anyMatch(entry -> TaskMatch.same(p, entry))).count();
        System.out.printf("定性/项目任务：台账 %d 项，建议 %d 项，其中台账已列 %d 项（%.0f%%）%n", expected.size(), proposals.size(),
                real, 100.0 * real / proposals.size());

        assertThat(expected).hasSize(24);
        assertThat(missed).extracting(LedgerEntry::title).isEmpty();
    }

    @Test
    void verbsOfCommitmentArePromisesAndPrinciplesAreNot() {
        assertThat(CommitmentProposer.isCommitment("启动东丽湖体育公园建设")).isTrue();
        assertThat(CommitmentProposer.isCommitment("张贵庄东丽商场片区实现开工")).isTrue();
        assertThat(CommitmentProposer.isCommitment("推进三中心医院东丽院区建设")).isTrue();
        assertThat(CommitmentProposer.isCommitment("坚持稳中求进工作总基调")).isFalse();
        assertThat(CommitmentProposer.isCommitment("推进高质量发展")).isFalse();
        assertThat(CommitmentProposer.kind("启动东丽湖体育公园建设")).isEqualTo(Kind.PROJECT);
        assertThat(CommitmentProposer.kind("完成东丽湖国家级幸福河湖创建工作")).isEqualTo(Kind.QUALITATIVE);
    }
}
