package cn.duban.plan;

import cn.duban.ledger.MilestoneStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import cn.duban.standing.CommitmentStandings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Versioned baselines of each commitment; rows are only ever added, so every earlier baseline stays readable. */
@Repository
public class Baselines {

    private final JdbcTemplate jdbc;
    private final CommitmentStandings standings;

    Baselines(JdbcTemplate jdbc, CommitmentStandings standings) {
        this.jdbc = jdbc;
        this.standings = standings;
    }

    public void add(Baseline baseline, String approvedBy, Instant approvedAt) {
        List<Object> args = new ArrayList<>(List.of(baseline.commitmentId(), baseline.version(), baseline.deadline()));
        args.add(baseline.targetValue());
        for (int quarter = 0; quarter < Baseline.QUARTERS; quarter++) {
            args.add(baseline.values() == null ? null : baseline.values().get(quarter));
        }
        for (int quarter = 0; quarter < Baseline.QUARTERS; quarter++) {
            args.add(baseline.statuses() == null ? null : baseline.statuses().get(quarter).name());
        }
        args.addAll(java.util.Arrays.asList(baseline.reason(), approvedBy, Timestamp.from(approvedAt)));
        jdbc.update("""
                insert into commitment_baseline (commitment_id, version, deadline, target_value,
                    q1_value, q2_value, q3_value, q4_value, q1_status, q2_status, q3_status, q4_status,
                    reason, approved_by, approved_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args.toArray());
        standings.refresh(baseline.commitmentId());
    }

    public Optional<Baseline> current(String commitmentId) {
        return jdbc.query("select * from commitment_baseline where commitment_id = ? order by version desc",
                Baselines::map, commitmentId).stream().findFirst();
    }

    public List<Baseline> all(String commitmentId) {
        return jdbc.query("select * from commitment_baseline where commitment_id = ? order by version",
                Baselines::map, commitmentId);
    }

    private static Baseline map(ResultSet row, int index) throws SQLException {
        BigDecimal target = row.getBigDecimal("target_value");
        List<BigDecimal> values = null;
        List<MilestoneStatus> statuses = null;
        if (target != null) {
            values = new ArrayList<>();
            for (int quarter = 1; quarter <= Baseline.QUARTERS; quarter++) {
                values.add(row.getBigDecimal("q" + quarter + "_value"));
            }
        } else {
            statuses = new ArrayList<>();
            for (int quarter = 1; quarter <= Baseline.QUARTERS; quarter++) {
                statuses.add(MilestoneStatus.valueOf(row.getString("q" + quarter + "_status")));
            }
        }
        return new Baseline(row.getString("commitment_id"), row.getInt("version"),
                row.getDate("deadline").toLocalDate(), target, values, statuses, row.getString("reason"));
    }
}
