package cn.duban.detail;

import cn.duban.dispatch.DispatchMode;
import cn.duban.dispatch.Rating;
import cn.duban.ledger.Amounts;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What duban's tables hold of one commitment's year: reports, ratings, quarterly checks, 督办单, baselines, change
 * requests and closures, each with who and when, and numbers already written with their units.
 */
@Repository
class CommitmentRecords {

    record Report(String period, String periodEnd, String mode, String dueAt, String reportedAt, String reporter,
            String value, BigDecimal cumulativeValue, String planned, BigDecimal plannedValue, String percentOfTarget,
            String trajectory, int daysOverdue, boolean onTime, String workDone, String nextSteps, String problems,
            String delayReason, String correctionReason, String evidence) {
    }

    record RatingLine(String period, String ratedAt, String rating, String label, String reason, String previous,
            boolean escalated, String reporter) {
    }

    record Check(int quarter, String checkedAt, String planned, String actual, boolean reached) {
    }

    record Notice(long id, String cause, String requirements, String dueDate, String issuedBy, String issuedAt,
            String taskForceLead, String correctivePlan, String planFiledBy, String planFiledAt) {
    }

    record BaselineLine(int version, String deadline, String target, List<String> quarters, List<BigDecimal> values,
            String reason, String approvedBy, String approvedAt) {
    }

    record Change(long id, String newDeadline, String newTarget, String reason, String requestedBy, String requestedAt,
            String reviewDecision, String reviewComment, String reviewedBy, String reviewedAt, String decision,
            String decisionComment, String decidedBy, String decidedAt) {
    }

    record Closure(long id, String summary, String evidence, String appliedBy, String appliedAt, String decision,
            String comment, String verifiedBy, String verifiedAt) {
    }

    /** How the commitment's numbers are written: its target as written and its unit. */
    record Units(String targetText, String unit) {
        String of(BigDecimal value) {
            return Amounts.inTermsOf(value, targetText, unit);
        }
    }

    private final JdbcTemplate jdbc;

    CommitmentRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Report> reports(String id, Units units) {
        return jdbc.query("select * from progress_report where commitment_id = ? order by period_end, reported_at, id",
                (rs, n) -> {
                    BigDecimal value = rs.getBigDecimal("cumulative_value");
                    BigDecimal planned = rs.getBigDecimal("planned_value");
                    BigDecimal percent = rs.getBigDecimal("percent_of_target");
                    return new Report(rs.getString("period"), rs.getDate("period_end").toString(),
                            DispatchMode.of(rs.getString("dispatch_mode")).reportName(), time(rs.getTimestamp("due_at")),
                            time(rs.getTimestamp("reported_at")), rs.getString("reporter"),
                            value != null ? units.of(value) : rs.getString("progress_status"), value,
                            planned != null ? units.of(planned) : rs.getString("planned_status"), planned,
                            percent == null ? "" : percent.stripTrailingZeros().toPlainString() + "%",
                            Amounts.percent(rs.getBigDecimal("trajectory_ratio")), rs.getInt("days_overdue"),
                            rs.getBoolean("on_time"), rs.getString("work_done"), rs.getString("next_steps"),
                            rs.getString("problems"), rs.getString("delay_reason"), rs.getString("correction_reason"),
                            rs.getString("evidence"));
                }, id);
    }

    List<RatingLine> ratings(String id) {
        return jdbc.query("select * from rating_record where commitment_id = ? order by rated_at, id", (rs, n) -> {
            Rating rating = Rating.of(rs.getString("rating"));
            String previous = rs.getString("previous_rating");
            return new RatingLine(rs.getString("period"), time(rs.getTimestamp("rated_at")), rating.code(), rating.label(),
                    rs.getString("reason"), previous == null ? "" : Rating.of(previous).label(), rs.getBoolean("escalated"),
                    rs.getString("reporter"));
        }, id);
    }

    List<Check> checks(String id, Units units) {
        return jdbc.query("select * from milestone_check where commitment_id = ? order by quarter, checked_at", (rs, n) -> {
            BigDecimal planned = rs.getBigDecimal("planned_value");
            BigDecimal actual = rs.getBigDecimal("actual_value");
            return new Check(rs.getInt("quarter"), time(rs.getTimestamp("checked_at")),
                    planned != null ? units.of(planned) : rs.getString("planned_status"),
                    actual != null ? units.of(actual) : nullToEmpty(rs.getString("actual_status")), rs.getBoolean("reached"));
        }, id);
    }

    List<Notice> notices(String id) {
        return jdbc.query("select * from supervision_notice where commitment_id = ? order by issued_at, id", (rs, n) ->
                new Notice(rs.getLong("id"), rs.getString("cause"), rs.getString("requirements"),
                        rs.getDate("due_date").toString(), rs.getString("issued_by"), time(rs.getTimestamp("issued_at")),
                        rs.getString("task_force_lead"), rs.getString("corrective_plan"), rs.getString("plan_filed_by"),
                        time(rs.getTimestamp("plan_filed_at"))), id);
    }

    List<BaselineLine> baselines(String id, Units units) {
        return jdbc.query("select * from commitment_baseline where commitment_id = ? order by version", (rs, n) -> {
            BigDecimal target = rs.getBigDecimal("target_value");
            List<String> quarters = new java.util.ArrayList<>();
            List<BigDecimal> values = new java.util.ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                BigDecimal value = rs.getBigDecimal("q" + q + "_value");
                values.add(value);
                quarters.add(value != null ? units.of(value) : nullToEmpty(statusLabel(rs.getString("q" + q + "_status"))));
            }
            return new BaselineLine(rs.getInt("version"), rs.getDate("deadline").toString(),
                    target == null ? "" : units.of(target), quarters, values, rs.getString("reason"),
                    rs.getString("approved_by"), time(rs.getTimestamp("approved_at")));
        }, id);
    }

    List<Change> changes(String id, Units units) {
        return jdbc.query("select * from change_request where commitment_id = ? order by requested_at, id", (rs, n) -> {
            java.sql.Date deadline = rs.getDate("new_deadline");
            BigDecimal target = rs.getBigDecimal("new_target");
            return new Change(rs.getLong("id"), deadline == null ? "" : deadline.toString(),
                    target == null ? "" : units.of(target), rs.getString("reason"), rs.getString("requested_by"),
                    time(rs.getTimestamp("requested_at")), decision(rs.getString("review_decision")),
                    rs.getString("review_comment"), rs.getString("reviewed_by"), time(rs.getTimestamp("reviewed_at")),
                    decision(rs.getString("decision")), rs.getString("decision_comment"), rs.getString("decided_by"),
                    time(rs.getTimestamp("decided_at")));
        }, id);
    }

    List<Closure> closures(String id) {
        return jdbc.query("select * from closure_record where commitment_id = ? order by applied_at, id", (rs, n) ->
                new Closure(rs.getLong("id"), rs.getString("summary"), rs.getString("evidence"), rs.getString("applied_by"),
                        time(rs.getTimestamp("applied_at")), decision(rs.getString("decision")),
                        rs.getString("verifier_comment"), rs.getString("verified_by"), time(rs.getTimestamp("verified_at"))), id);
    }

    /** Statuses are stored by enum name in baselines and as labels in reports; either reads as its label. */
    private static String statusLabel(String status) {
        if (status == null) {
            return null;
        }
        try {
            return cn.duban.ledger.MilestoneStatus.valueOf(status).label();
        } catch (IllegalArgumentException alreadyALabel) {
            return status;
        }
    }

    private static String decision(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "approve" -> "同意";
            case "refuse" -> "不同意";
            case "return" -> "退回";
            default -> code;
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static String time(Timestamp at) {
        return at == null ? "" : at.toLocalDateTime().toString().replace('T', ' ').substring(0, 16);
    }
}
