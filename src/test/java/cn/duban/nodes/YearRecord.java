package cn.duban.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a played year left in the database, as lines that do not depend on generated ids or on the few seconds a
 * crash may add to the engine clock: every task with who worked it, every report, rating, milestone check, 督办单,
 * scorecard row, fired timer, ended instance and notification. Two plays of the same ledger, one with crashes and
 * one without, must leave the same lines.
 */
final class YearRecord {

    private final Map<String, List<String>> sections = new TreeMap<>();

    static YearRecord of(Database db) {
        YearRecord record = new YearRecord();
        record.add(db, "tasks", """
                select coalesce(p.business_key_, '') || ' | ' || t.task_def_key_ || ' | ' || t.name_ || ' | ' || coalesce(t.assignee_, '-')
                       || ' | ' || coalesce(t.delete_reason_, 'open')
                from act_hi_taskinst t left join act_hi_procinst p on p.id_ = t.proc_inst_id_""");
        record.add(db, "progress reports", """
                select commitment_id || ' | ' || period || ' | ' || coalesce(cumulative_value::text, progress_status) || ' | '
                       || coalesce(reporter, '-') || ' | on time ' || on_time || ' | ' || days_overdue || ' days overdue'
                from progress_report""");
        record.add(db, "report periods", """
                select commitment_id || ' | ' || period || ' | ' || dispatch_mode || ' | due ' || due_at || ' | filed ' || (filed_at is not null)
                from report_period""");
        record.add(db, "ratings", """
                select commitment_id || ' | ' || period || ' | ' || rating || ' | ' || reason || ' | escalated ' || escalated
                from rating_record""");
        record.add(db, "milestone checks", """
                select commitment_id || ' | Q' || quarter || ' | reached ' || reached from milestone_check""");
        record.add(db, "supervision notices", "select commitment_id || ' | ' || cause from supervision_notice");
        record.add(db, "closures", "select commitment_id || ' | ' || coalesce(decision, 'open') from closure_record");
        record.add(db, "scorecards", """
                select s.period || ' | ' || s.status || ' | ' || r.bureau_id || ' | score ' || r.score || ' | rank ' || r.ranking
                from scorecard s join scorecard_row r on r.scorecard_id = s.id""");
        record.add(db, "timers fired", """
                select coalesce(p.business_key_, '') || ' | ' || a.act_id_ || ' | ' || count(*)
                from act_hi_actinst a left join act_hi_procinst p on p.id_ = a.proc_inst_id_
                where a.act_type_ in ('intermediateTimer', 'startTimerEvent', 'boundaryTimer')
                group by p.business_key_, a.act_id_""");
        record.add(db, "timers waiting", """
                select coalesce(p.business_key_, '') || ' | ' || coalesce(d.act_id_, '-') || ' | ' || j.duedate_
                from act_ru_job j left join act_ru_jobdef d on d.id_ = j.job_def_id_
                left join act_ru_execution p on p.id_ = j.process_instance_id_ where j.type_ = 'timer'""");
        record.add(db, "instances", """
                select coalesce(business_key_, '') || ' | ' || proc_def_key_ || ' | ' || state_ || ' | ' || coalesce(end_act_id_, '-')
                from act_hi_procinst where proc_def_key_ <> 'notification-delivery'""");
        record.add(db, "notifications", """
                select kind || ' | ' || channel || ' | ' || recipient || ' | ' || coalesce(commitment_id, '-') || ' | ' || title
                       || ' | ' || status from notification""");
        return record;
    }

    private void add(Database db, String name, String sql) {
        List<String> lines = new ArrayList<>(db.query(sql, rs -> rs.getString(1)));
        lines.sort(null);
        sections.put(name, lines);
    }

    Map<String, List<String>> sections() {
        return sections;
    }

    /** Lines in one record and not the other, per section, for a failure message a person can read. */
    String differencesFrom(YearRecord other) {
        StringBuilder text = new StringBuilder();
        for (String name : sections.keySet()) {
            List<String> mine = new ArrayList<>(sections.get(name));
            List<String> theirs = new ArrayList<>(other.sections.getOrDefault(name, List.of()));
            List<String> onlyMine = new ArrayList<>(mine);
            theirs.forEach(onlyMine::remove);
            List<String> onlyTheirs = new ArrayList<>(theirs);
            mine.forEach(onlyTheirs::remove);
            if (!onlyMine.isEmpty() || !onlyTheirs.isEmpty()) {
                text.append("== ").append(name).append('\n');
                onlyMine.forEach(line -> text.append("  + ").append(line).append('\n'));
                onlyTheirs.forEach(line -> text.append("  - ").append(line).append('\n'));
            }
        }
        return text.toString();
    }

    String summary() {
        return sections.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue().size())
                .collect(Collectors.joining(", "));
    }
}
