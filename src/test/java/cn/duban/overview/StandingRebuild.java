package cn.duban.overview;

import cn.duban.standing.CommitmentStandings;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every commitment's standing computed again from its sources, as the migration creating the table does. */
final class StandingRebuild {

    private StandingRebuild() {
    }

    /** Rebuilds {@code commitment_standing} and returns it as it was before, ordered by commitment. */
    static List<Map<String, Object>> rebuild(JdbcTemplate jdbc, CommitmentStandings standings) {
        List<Map<String, Object>> kept = jdbc.queryForList("select * from commitment_standing order by commitment_id");
        jdbc.update("delete from commitment_standing");
        jdbc.update("""
                insert into commitment_standing (commitment_id, ledger_deadline, ledger_task_force, ended_at, end_activity)
                select c.id, c.deadline, c.task_force, p.end_time_, p.end_act_id_
                from commitment c left join act_hi_procinst p on p.proc_inst_id_ = c.process_instance_id""");
        jdbc.queryForList("select id from commitment", String.class).forEach(standings::refresh);
        return kept;
    }
}
