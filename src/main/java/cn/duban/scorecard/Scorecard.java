package cn.duban.scorecard;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A scorecard's header: its period, where it stands, and who reviewed, approved and published it. */
public record Scorecard(long id, String period, LocalDate periodStart, LocalDate periodEnd, Status status,
        String processInstanceId, LocalDateTime computedAt, String reviewedBy, LocalDateTime reviewedAt, String reviewComment,
        String approvedBy, LocalDateTime publishedAt, Long previousId, String contentHash) {

    public enum Status {
        DRAFT, PUBLISHED, DISCARDED
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    public String label() {
        return ScorecardPeriod.parse(period).map(ScorecardPeriod::label).orElse(period);
    }
}
