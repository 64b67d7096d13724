package cn.duban.milestone;

import cn.duban.commitment.CommitmentProcess;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts of duban's {@code milestone_check} rows per quarter, reached and missed, for one version of the commitment
 * process or one of its instances. A check belongs to the commitment's instance that was running when it was made
 * (business key = commitment id), so checks made under an earlier version count for that version's diagram.
 */
@Repository
class MilestoneChecks {

    record Quarter(int quarter, long reached, long missed) {
    }

    private static final String COUNTS = """
            select m.quarter,
                   sum(case when m.reached then 1 else 0 end) as reached,
                   sum(case when m.reached then 0 else 1 end) as missed
            from milestone_check m
            join act_hi_procinst p on p.business_key_ = m.commitment_id and p.proc_def_key_ = ?
                and p.start_time_ <= m.checked_at and (p.end_time_ is null or p.end_time_ >= m.checked_at)
            where p.%s = ?
            group by m.quarter
            order by m.quarter""";

    private final JdbcTemplate jdbc;

    MilestoneChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The process definition key of a deployed definition, empty if there is none with that id. */
    Optional<String> definitionKey(String processDefinitionId) {
        return jdbc.queryForList("select key_ from act_re_procdef where id_ = ?", String.class, processDefinitionId)
                .stream().findFirst();
    }

    /** The definition key and business key of a (running or finished) process instance, empty if unknown. */
    Optional<Instance> instance(String processInstanceId) {
        return jdbc.query("select proc_def_key_, business_key_ from act_hi_procinst where id_ = ?",
                (rs, n) -> new Instance(rs.getString(1), rs.getString(2)), processInstanceId).stream().findFirst();
    }

    record Instance(String definitionKey, String businessKey) {
    }

    List<Quarter> ofDefinition(String processDefinitionId) {
        return counts("proc_def_id_", processDefinitionId);
    }

    List<Quarter> ofInstance(String processInstanceId) {
        return counts("id_", processInstanceId);
    }

    private List<Quarter> counts(String column, String id) {
        return jdbc.query(COUNTS.formatted(column), (rs, n) -> new Quarter(rs.getInt(1), rs.getLong(2), rs.getLong(3)),
                CommitmentProcess.KEY, id);
    }
}
