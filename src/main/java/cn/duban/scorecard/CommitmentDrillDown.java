package cn.duban.scorecard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The commitments behind a bureau's scorecard figures: each one's latest rating and report at the period's end. */
@Repository
class CommitmentDrillDown {

    record Line(String commitmentId, String title, String targetText, String rating, BigDecimal trajectoryRatio,
            String lastReportPeriod, BigDecimal cumulativeValue, String progressStatus, Boolean lastReportOnTime) {
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
                select c.id, c.title, c.target_text, r.rating, r.trajectory_ratio, p.period, p.cumulative_value,
                       p.progress_status, p.on_time
                from commitment c
                left join latest_rating r on r.commitment_id = c.id and r.recency = 1
                left join latest_report p on p.commitment_id = c.id and p.recency = 1
                where c.lead_bureau_id = ? and c.imported_at < ?
                order by c.id""",
                (rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                        rs.getString(6), rs.getBigDecimal(7), rs.getString(8), (Boolean) rs.getObject(9, Boolean.class)),
                end, end, bureauId, end);
    }
}
