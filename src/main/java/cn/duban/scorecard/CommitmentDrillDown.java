package cn.duban.scorecard;

import cn.duban.ledger.Amounts;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The commitments behind a bureau's scorecard figures: each one's latest rating and report at the period's end,
 * with its numbers as a person reads them (the cumulative value in its target's magnitude and unit, the
 * trajectory as a percentage).
 */
@Repository
class CommitmentDrillDown {

    /**
     * @param target     the ledger's target as written, e.g. {@code 1.86万亩}; null for a qualitative commitment
     * @param trajectory progress vs 序时进度 of the latest rating, e.g. {@code 110.0%}; null before the first rating
     * @param cumulative the latest report's cumulative value with its unit, e.g. {@code 1.27万亩}; null for a status
     */
    record Line(String commitmentId, String title, String target, String rating, String trajectory, String lastReportPeriod,
            String cumulative, String progressStatus, Boolean lastReportOnTime) {
    }

    private final JdbcTemplate jdbc;

    CommitmentDrillDown(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Line> of(String bureauId, ScorecardPeriod period) {
        Timestamp end = Timestamp.valueOf(period.end());
        return jdbc.query("""
                with latest_rating as (
                    select commitment_id, rating, trajectory_ratio,
                           row_number() over (partition by commitment_id order by rated_at desc, id desc) as recency
                    from rating_record where rated_at < ?
                ), latest_report as (
                    select commitment_id, period, cumulative_value, progress_status, on_time,
                           row_number() over (partition by commitment_id order by reported_at desc, id desc) as recency
                    from progress_report where reported_at < ?
                )
                select c.id, c.title, c.target_text, c.target_unit, r.rating, r.trajectory_ratio, p.period,
                       p.cumulative_value, p.progress_status, p.on_time
                from commitment c
                left join latest_rating r on r.commitment_id = c.id and r.recency = 1
                left join latest_report p on p.commitment_id = c.id and p.recency = 1
                where c.lead_bureau_id = ? and c.imported_at < ?
                order by c.id""",
                (rs, n) -> {
                    String targetText = rs.getString("target_text");
                    BigDecimal ratio = rs.getBigDecimal("trajectory_ratio");
                    BigDecimal cumulative = rs.getBigDecimal("cumulative_value");
                    return new Line(rs.getString("id"), rs.getString("title"), targetText, rs.getString("rating"),
                            ratio == null ? null : Amounts.percent(ratio), rs.getString("period"),
                            cumulative == null ? null : Amounts.inTermsOf(cumulative, targetText, rs.getString("target_unit")),
                            rs.getString("progress_status"), (Boolean) rs.getObject("on_time", Boolean.class));
                },
                end, end, bureauId, end);
    }
}
