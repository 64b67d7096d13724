package cn.duban.overview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommitmentStatusTest {

    static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);

    @Test
    void aRunningCommitmentIsUnfinishedOnceItsDeadlineHasPassed() {
        assertThat(CommitmentStatus.of(null, DEADLINE, LocalDate.of(2024, 12, 31))).isEqualTo(CommitmentStatus.RUNNING);
        assertThat(CommitmentStatus.of(null, DEADLINE, LocalDate.of(2025, 1, 1))).isEqualTo(CommitmentStatus.UNFINISHED);
    }

    @Test
    void anEndedCommitmentIsWhatItEndedAs() {
        assertThat(CommitmentStatus.of(CommitmentProcess.EVENT_CLOSED, DEADLINE, LocalDate.of(2025, 3, 1)))
                .as("closed before the deadline stays closed after it").isEqualTo(CommitmentStatus.CLOSED);
        assertThat(CommitmentStatus.of(CommitmentProcess.EVENT_OVERDUE_UNFINISHED, DEADLINE, LocalDate.of(2025, 1, 20)))
                .isEqualTo(CommitmentStatus.UNFINISHED);
    }
}
