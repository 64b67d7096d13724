package cn.duban.audit;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A synthetic ledger year for the audit export benchmark: every table the export reads, filled by PostgreSQL itself
 * ({@code insert … select … from generate_series}, no row crosses JDBC) in the proportions of one commitment-year of
 * the commitment process — twelve monthly report tasks plus a review and a closure task, each with its timer,
 * DMN rating, candidate group and assignee, the variables they write, and duban's records of the same months.
 * About {@value #ROWS_PER_COMMITMENT} exported rows per commitment (the timeline counted).
 *
 * <p>Per commitment: 1 process instance, 62 activity instances, 14 tasks, 28 identity links, 36 variable updates
 * (3 variables × 12 months, each naming the previous value), 24 user operations (claim and complete), 2 comments,
 * 12 decisions with 24 inputs and 12 outputs, 12 report periods, 12 progress reports, 12 ratings, 4 milestone
 * checks, 1.2 baselines; every 10th commitment a 督办单, a change request, a dispatch change and an attachment,
 * every 4th a closure, every 5th an evidence file, every 20th an incident. Besides: 12 published scorecards over
 * 50 bureaus, with 3 explanations each.
 */
final class SyntheticAuditHistory {

    static final int ROWS_PER_COMMITMENT = 345;
    static final int BUREAUS = 50;

    private static final String COMMITMENT = "'BC' || lpad(c::text, 6, '0')";
    private static final String PI = "'bench-pi-' || c";
    private static final String BUREAU = "'bench-b' || lpad((c % " + BUREAUS + ")::text, 2, '0')";
    /** Month {@code m} (1–12) of commitment {@code c}: the first working day, spread over the morning. */
    private static final String MONTH = "(timestamp '2024-01-01 08:00' + (m - 1) * interval '1 month' + (c % 600) * interval '1 second')";
    private static final String PER_MONTH = " from generate_series(%d, %d) c cross join generate_series(1, 12) m";

    private final JdbcTemplate jdbc;

    SyntheticAuditHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds commitments {@code first} to {@code last} (1-based) with their year. */
    void add(int first, int last) {
        if (first == 1) {
            reference();
        }
        for (int from = first; from <= last; from += 2_000) {
            int to = Math.min(last, from + 1_999);
            engine(from, to);
            duban(from, to);
        }
        for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_IDENTITYLINK",
                "ACT_HI_DETAIL", "ACT_HI_OP_LOG", "ACT_HI_COMMENT", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT",
                "commitment", "progress_report", "rating_record", "report_period", "milestone_check")) {
            jdbc.execute("analyze " + table);
        }
    }

    /** Rows in the tables filled, as a check on {@link #ROWS_PER_COMMITMENT}. */
    long rows() {
        long total = 0;
        for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_IDENTITYLINK",
                "ACT_HI_DETAIL", "ACT_HI_OP_LOG", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_HI_INCIDENT", "ACT_HI_DECINST",
                "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "commitment", "commitment_baseline", "report_period", "progress_report",
                "rating_record", "milestone_check", "supervision_notice", "change_request", "closure_record",
                "dispatch_state", "evidence_file", "scorecard", "scorecard_row", "scorecard_explanation")) {
            Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
            total += rows == null ? 0 : rows;
        }
        return total;
    }

    void clear() {
        jdbc.execute("truncate table ACT_HI_PROCINST, ACT_HI_ACTINST, ACT_HI_TASKINST, ACT_HI_IDENTITYLINK, ACT_HI_DETAIL, "
                + "ACT_HI_OP_LOG, ACT_HI_COMMENT, ACT_HI_ATTACHMENT, ACT_HI_INCIDENT, ACT_HI_DECINST, ACT_HI_DEC_IN, "
                + "ACT_HI_DEC_OUT, scorecard_explanation, scorecard_row, scorecard, evidence_file, evidence_blob, "
                + "supervision_notice, milestone_check, rating_record, progress_report, report_period, dispatch_state, "
                + "closure_record, change_request, commitment_baseline, commitment_milestone, commitment_co_bureau, "
                + "commitment, leader, bureau cascade");
        jdbc.update("delete from ACT_GE_BYTEARRAY where ID_ like 'bench-%'");
    }

    /** Bureaus, leaders, evidence contents, the attachment content and the year's published scorecards. */
    private void reference() {
        jdbc.update("insert into bureau (id, name, short_name, kind) select 'bench-b' || lpad(b::text, 2, '0'), "
                + "'测试区第' || b || '委办局', '第' || b || '局', 'BUREAU' from generate_series(0, ?) b", BUREAUS - 1);
        jdbc.update("insert into leader (id, title) select 'bench-l' || l, '副区长（分管第' || l || '口）' from generate_series(0, 4) l");
        jdbc.update("insert into evidence_blob (sha256, size_bytes, content) select encode(sha256(x), 'hex'), length(x), x "
                + "from (select convert_to(repeat('佐证材料第' || e || '份：现场照片说明与验收记录。', 200), 'UTF8') as x "
                + "from generate_series(1, 20) e) blobs");
        jdbc.update("insert into ACT_GE_BYTEARRAY (ID_, REV_, NAME_, BYTES_, TYPE_) values ('bench-attachment', 1, '附件', "
                + "convert_to(repeat('会议纪要：推进情况与下一步安排。', 100), 'UTF8'), 1)");
        jdbc.update("""
                insert into scorecard (id, period, period_start, period_end, status, process_instance_id, computed_at,
                    reviewed_by, reviewed_at, review_comment, approved_by, published_at, content_hash)
                select 900000 + m, '2024-' || lpad(m::text, 2, '0'), date '2024-01-01' + (m - 1) * interval '1 month',
                    date '2024-01-01' + m * interval '1 month' - interval '1 day', 'DRAFT', 'bench-sc-' || m,
                    timestamp '2024-02-01 09:00' + (m - 1) * interval '1 month', 'duchashi01',
                    timestamp '2024-02-02 09:00' + (m - 1) * interval '1 month', '同意', 'leader01',
                    timestamp '2024-02-03 09:00' + (m - 1) * interval '1 month', md5(m::text) || md5(m::text)
                from generate_series(1, 12) m""");
        jdbc.update("""
                insert into scorecard_row (scorecard_id, bureau_id, commitments, reports_due, reports_on_time, reports_missing,
                    overdue_days, avg_trajectory, green, yellow, red, notices, escalations, closures, computed_score,
                    adjustment, adjustment_reason, adjusted_by, score, ranking, previous_ranking)
                select 900000 + m, 'bench-b' || lpad(b::text, 2, '0'), 60, 60, 55 + b % 5, b % 3, b % 7, 0.9 + b % 10 / 100.0,
                    40, 15, 5, b % 2, b % 3, 1, 90 - b * 0.5, case when b = 7 then 2 else 0 end,
                    case when b = 7 then '承担区重点项目，加分' end, case when b = 7 then 'leader01' end,
                    90 - b * 0.5 + case when b = 7 then 2 else 0 end, b + 1, case when m > 1 then b + 1 end
                from generate_series(1, 12) m cross join generate_series(0, ?) b""", BUREAUS - 1);
        jdbc.update("""
                insert into scorecard_explanation (scorecard_id, bureau_id, explanation, measures, filed_by, filed_at)
                select 900000 + m, 'bench-b' || lpad((? - e)::text, 2, '0'), '本月两项任务因征地延迟，进度滞后。',
                    '已成立专班，每周调度，下月追平。', 'bureau-head', timestamp '2024-02-05 10:00' + (m - 1) * interval '1 month'
                from generate_series(1, 12) m cross join generate_series(1, 3) e""", BUREAUS);
        // a published scorecard refuses new rows: published once complete, as the scorecard process does
        jdbc.update("update scorecard set status = 'PUBLISHED' where id > 900000");
    }

    private void engine(int from, int to) {
        jdbc.update("""
                insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_,
                    DURATION_, START_USER_ID_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)
                select %2$s, %2$s, %1$s, 'commitment', 'commitment:1:bench', timestamp '2024-01-01 08:00' + c * interval '1 millisecond',
                    case when c %% 4 = 0 then timestamp '2024-12-20 17:00' end, case when c %% 4 = 0 then 30000000000 end,
                    'ledger-import', 'StartEvent_Imported', case when c %% 4 = 0 then 'EndEvent_Closed' end, %2$s,
                    case when c %% 4 = 0 then 'COMPLETED' else 'ACTIVE' end
                from generate_series(?, ?) c""".formatted(COMMITMENT, PI), from, to);
        // per month: the report timer, the report task, the DMN rating, the gateway on its colour, the rating record
        jdbc.update("""
                insert into ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
                    EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_,
                    ACT_INST_STATE_, SEQUENCE_COUNTER_)
                select 'bench-ai-' || c || '-' || m || '-' || k, %1$s, 'commitment', 'commitment:1:bench', %1$s, %1$s,
                    'bench-ex-' || c, (array['Timer_MonthlyReport', 'Task_FileProgress', 'Rule_Rating', 'Gateway_Colour',
                        'Service_RecordRating'])[k],
                    case when k = 2 then 'bench-task-' || c || '-' || m end,
                    (array['每月报送提醒', '进度月报（2024-' || lpad(m::text, 2, '0') || '）', '红黄绿灯评级', '评级结果',
                        '记录评级'])[k],
                    (array['intermediateTimer', 'userTask', 'businessRuleTask', 'exclusiveGateway', 'serviceTask'])[k],
                    case when k = 2 then 'bureau' || (c %% 50) end,
                    %2$s + (k - 1) * interval '2 days', %2$s + (k - 1) * interval '2 days' + interval '1 hour', 3600000,
                    1, m * 10 + k
                from generate_series(?, ?) c cross join generate_series(1, 12) m cross join generate_series(1, 5) k"""
                .formatted(PI, MONTH), from, to);
        jdbc.update("""
                insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_,
                    ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_)
                select 'bench-ai-' || c || '-' || k, 'commitment', 'commitment:1:bench', %1$s, %1$s, 'bench-ex-' || c,
                    case when k = 1 then 'StartEvent_Imported' else 'SubProcess_Closure' end,
                    case when k = 1 then '台账导入' else '办结销号' end, case when k = 1 then 'startEvent' else 'subProcess' end,
                    timestamp '2024-01-01 08:00' + c * interval '1 millisecond' + (k - 1) * interval '340 days',
                    timestamp '2024-01-01 08:00' + c * interval '1 millisecond' + (k - 1) * interval '345 days', 0, 1, k
                from generate_series(?, ?) c cross join generate_series(1, 2) k""".formatted(PI), from, to);
        // tasks: 12 monthly reports, a review by 督查室 and the closure application
        String task = "(case when m <= 12 then " + MONTH + " else timestamp '2024-12-01 09:00' + (m - 12) * interval '5 days' end)";
        jdbc.update("""
                insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
                    EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_,
                    DUE_DATE_, TASK_STATE_)
                select 'bench-task-' || c || '-' || m,
                    case when m <= 12 then 'Task_FileProgress' when m = 13 then 'Task_Review' else 'Task_ApplyClosure' end,
                    'commitment', 'commitment:1:bench', %1$s, %1$s, 'bench-ex-' || c, 'bench-ai-' || c || '-' || m || '-2',
                    case when m <= 12 then '进度月报（2024-' || lpad(m::text, 2, '0') || '）' when m = 13 then '督查室审核'
                        else '申请办结销号' end,
                    'bureau' || (c %% 50), %2$s, %2$s + (1 + (c + m) %% 9) * interval '1 day', 86400000,
                    'completed', 50, %2$s + interval '5 days', 'Completed'
                from generate_series(?, ?) c cross join generate_series(1, 14) m""".formatted(PI, task), from, to);
        jdbc.update("""
                insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, USER_ID_, GROUP_ID_, TASK_ID_, ROOT_PROC_INST_ID_,
                    PROC_DEF_ID_, OPERATION_TYPE_, ASSIGNER_ID_, PROC_DEF_KEY_)
                select 'bench-il-' || c || '-' || m || '-' || k, %2$s + (k - 1) * interval '3 hours',
                    case when k = 1 then 'candidate' else 'assignee' end, case when k = 2 then 'bureau' || (c %% 50) end,
                    case when k = 1 then 'bureau-' || lpad((c %% 50)::text, 2, '0') end, 'bench-task-' || c || '-' || m, %1$s,
                    'commitment:1:bench', 'add', case when k = 2 then 'bureau' || (c %% 50) end, 'commitment'
                from generate_series(?, ?) c cross join generate_series(1, 14) m cross join generate_series(1, 2) k"""
                .formatted(PI, task), from, to);
        // what the report task writes, each month a new value of the same three variables; claim and complete
        jdbc.update("""
                insert into ACT_HI_OP_LOG (ID_, PROC_DEF_ID_, PROC_DEF_KEY_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_,
                    TASK_ID_, USER_ID_, TIMESTAMP_, OPERATION_TYPE_, OPERATION_ID_, ENTITY_TYPE_, PROPERTY_, ORG_VALUE_,
                    NEW_VALUE_, CATEGORY_)
                select 'bench-op-' || c || '-' || m || '-' || k, 'commitment:1:bench', 'commitment', %1$s, %1$s, 'bench-ex-' || c,
                    'bench-task-' || c || '-' || m, 'bureau' || (c %% 50), %2$s + interval '1 day' + k * interval '1 hour',
                    case when k = 1 then 'Claim' else 'Complete' end, 'bench-opid-' || c || '-' || m || '-' || k, 'Task',
                    case when k = 1 then 'assignee' else 'delete' end, null,
                    case when k = 1 then 'bureau' || (c %% 50) else 'true' end, 'TaskWorker'
                from generate_series(?, ?) c cross join generate_series(1, 12) m cross join generate_series(1, 2) k"""
                .formatted(PI, MONTH), from, to);
        jdbc.update("""
                insert into ACT_HI_DETAIL (ID_, TYPE_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_,
                    TASK_ID_, ACT_INST_ID_, VAR_INST_ID_, NAME_, VAR_TYPE_, REV_, TIME_, DOUBLE_, LONG_, TEXT_,
                    SEQUENCE_COUNTER_, OPERATION_ID_, INITIAL_)
                select 'bench-var-' || c || '-' || m || '-' || v, 'VariableUpdate', 'commitment', 'commitment:1:bench', %1$s, %1$s,
                    'bench-ex-' || c, 'bench-task-' || c || '-' || m, 'bench-ai-' || c || '-' || m || '-2',
                    'bench-vi-' || c || '-' || v, (array['reportedValue', 'progressStatus', 'reportedAt'])[v],
                    (array['double', 'string', 'date'])[v], m, %2$s + interval '1 day' + interval '2 hours',
                    case when v = 1 then m * 8.5 end,
                    case when v = 3 then (extract(epoch from %2$s + interval '1 day') * 1000)::bigint end,
                    case when v = 2 then (array['推进中', '已完成阶段目标', '滞后'])[1 + (c + m) %% 3] end,
                    m, case when v <> 3 then 'bench-opid-' || c || '-' || m || '-2' end, m = 1
                from generate_series(?, ?) c cross join generate_series(1, 12) m cross join generate_series(1, 3) v"""
                .formatted(PI, MONTH), from, to);
        jdbc.update("""
                insert into ACT_HI_COMMENT (ID_, TYPE_, TIME_, USER_ID_, TASK_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, ACTION_,
                    MESSAGE_, FULL_MSG_, REV_)
                select 'bench-cm-' || c || '-' || m, 'comment', %2$s + interval '3 days', 'duchashi01',
                    'bench-task-' || c || '-' || m, %1$s, %1$s, 'AddComment', '请补充第' || m || '月的佐证材料，并说明滞后原因。',
                    convert_to('请补充第' || m || '月的佐证材料，并说明滞后原因。', 'UTF8'), 1
                from generate_series(?, ?) c cross join generate_series(4, 5) m""".formatted(PI, MONTH), from, to);
        jdbc.update("""
                insert into ACT_HI_ATTACHMENT (ID_, REV_, USER_ID_, NAME_, DESCRIPTION_, TYPE_, TASK_ID_, ROOT_PROC_INST_ID_,
                    PROC_INST_ID_, CONTENT_ID_, CREATE_TIME_)
                select 'bench-at-' || c, 1, 'bureau' || (c %% 50), '会议纪要.txt', '专题会议纪要', 'text/plain',
                    'bench-task-' || c || '-6', %1$s, %1$s, 'bench-attachment',
                    timestamp '2024-06-03 10:00' + c * interval '1 second'
                from generate_series(?, ?) c where c %% 10 = 0""".formatted(PI), from, to);
        jdbc.update("""
                insert into ACT_HI_INCIDENT (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_,
                    CREATE_TIME_, END_TIME_, INCIDENT_MSG_, INCIDENT_TYPE_, ACTIVITY_ID_, FAILED_ACTIVITY_ID_, CONFIGURATION_,
                    INCIDENT_STATE_)
                select 'bench-in-' || c, 'commitment', 'commitment:1:bench', %1$s, %1$s, 'bench-ex-' || c,
                    timestamp '2024-03-01 08:00' + c * interval '1 second', timestamp '2024-03-01 12:00' + c * interval '1 second',
                    '通知发送失败：邮件服务器无响应', 'failedJob', 'Service_Notify', 'Service_Notify', 'bench-job-' || c, 1
                from generate_series(?, ?) c where c %% 20 = 0""".formatted(PI), from, to);
        jdbc.update("""
                insert into ACT_HI_DECINST (ID_, DEC_DEF_ID_, DEC_DEF_KEY_, DEC_DEF_NAME_, PROC_DEF_KEY_, PROC_DEF_ID_,
                    PROC_INST_ID_, ACT_INST_ID_, ACT_ID_, EVAL_TIME_, ROOT_PROC_INST_ID_)
                select 'bench-dec-' || c || '-' || m, 'rating:1:bench', 'rating', '红黄绿灯评级', 'commitment', 'commitment:1:bench',
                    %1$s, 'bench-ai-' || c || '-' || m || '-3', 'Rule_Rating', %2$s + interval '4 days', %1$s
                %3$s""".formatted(PI, MONTH, PER_MONTH.formatted(from, to)));
        jdbc.update("""
                insert into ACT_HI_DEC_IN (ID_, DEC_INST_ID_, CLAUSE_ID_, CLAUSE_NAME_, VAR_TYPE_, DOUBLE_, LONG_, TEXT_,
                    CREATE_TIME_, ROOT_PROC_INST_ID_)
                select 'bench-din-' || c || '-' || m || '-' || k, 'bench-dec-' || c || '-' || m,
                    (array['Input_Trajectory', 'Input_DaysOverdue'])[k], (array['序时进度比', '逾期天数'])[k],
                    (array['double', 'integer'])[k], case when k = 1 then 0.7 + (c %% 40) / 100.0 end,
                    case when k = 2 then (c + m) %% 15 end, null, %2$s + interval '4 days', %1$s
                from generate_series(?, ?) c cross join generate_series(1, 12) m cross join generate_series(1, 2) k"""
                .formatted(PI, MONTH), from, to);
        jdbc.update("""
                insert into ACT_HI_DEC_OUT (ID_, DEC_INST_ID_, CLAUSE_ID_, CLAUSE_NAME_, RULE_ID_, RULE_ORDER_, VAR_NAME_,
                    VAR_TYPE_, TEXT_, CREATE_TIME_, ROOT_PROC_INST_ID_)
                select 'bench-dout-' || c || '-' || m, 'bench-dec-' || c || '-' || m, 'Output_Rating', '评级',
                    'Rule_' || (1 + (c + m) %% 3), 1 + (c + m) %% 3, 'rating', 'string',
                    (array['GREEN', 'YELLOW', 'RED'])[1 + (c + m) %% 3], %2$s + interval '4 days', %1$s
                %3$s""".formatted(PI, MONTH, PER_MONTH.formatted(from, to)));
    }

    private void duban(int from, int to) {
        jdbc.update("""
                insert into commitment (id, section_id, section_name, title, source_sentence, kind, target_text, target_value,
                    target_unit, direction, deadline, lead_bureau_id, leader_id, task_force, process_instance_id, imported_at)
                select %1$s, 'S' || (c %% 8), '第' || (c %% 8) || '部分 扎实推动高质量发展', '新增规上工业企业（第' || c || '项）',
                    '全年新增规上工业企业' || (10 + c %% 20) || '家，推动制造业提质增效。', 'QUANTITATIVE',
                    (10 + c %% 20) || '家', 10 + c %% 20, '家', 'INCREASE', date '2024-12-31', %2$s, 'bench-l' || (c %% 5),
                    c %% 10 = 0, %3$s, timestamp '2024-01-01 08:00' + c * interval '1 millisecond'
                from generate_series(?, ?) c""".formatted(COMMITMENT, BUREAU, PI), from, to);
        jdbc.update("""
                insert into commitment_baseline (commitment_id, version, deadline, target_value, q1_value, q2_value, q3_value,
                    q4_value, reason, approved_by, approved_at)
                select %1$s, v, date '2024-12-31' + (v - 1) * interval '3 months', 10 + c %% 20, 2, 5, 8, 10 + c %% 20,
                    case when v = 1 then '台账导入' else '征地延迟，经区领导批准延期' end, case when v = 2 then 'leader01' end,
                    timestamp '2024-01-01 08:00' + c * interval '1 millisecond' + (v - 1) * interval '180 days'
                from generate_series(?, ?) c cross join generate_series(1, 2) v where v = 1 or c %% 5 = 0"""
                .formatted(COMMITMENT), from, to);
        String month = PER_MONTH.formatted(from, to);
        jdbc.update("""
                insert into report_period (commitment_id, process_instance_id, period, period_end, dispatch_mode, opens_at, due_at,
                    reminder_at, overdue_escalation_at, filed_at)
                select %1$s, %2$s, '2024-' || lpad(m::text, 2, '0'), (date '2024-01-01' + m * interval '1 month' - interval '1 day')::date,
                    'MONTHLY', %3$s, %3$s + interval '5 days', %3$s + interval '4 days', %3$s + interval '15 days',
                    %3$s + (1 + (c + m) %% 9) * interval '1 day'
                %4$s""".formatted(COMMITMENT, PI, MONTH, month));
        jdbc.update("""
                insert into progress_report (commitment_id, period, period_end, dispatch_mode, due_at, reported_at, reporter,
                    cumulative_value, planned_value, percent_of_target, trajectory_ratio, work_done, next_steps, problems,
                    delay_reason, evidence, days_overdue, on_time, process_instance_id)
                select %1$s, '2024-' || lpad(m::text, 2, '0'), (date '2024-01-01' + m * interval '1 month' - interval '1 day')::date,
                    'MONTHLY', %3$s + interval '5 days', %3$s + (1 + (c + m) %% 9) * interval '1 day', 'bureau' || (c %% 50),
                    m * 0.8 + c %% 3, m * 0.9, round((m * 0.8 + c %% 3) * 100.0 / (10 + c %% 20), 2),
                    round((m * 0.8 + c %% 3) / (m * 0.9), 4),
                    '本月走访企业' || (3 + m %% 4) || '家，完成入库培育' || (1 + c %% 3) || '家；协调解决用地、用电问题。',
                    '下月继续跟进拟入规企业，开展上规政策宣讲。', case when (c + m) %% 9 > 4 then '部分企业产值未达标' end,
                    case when (c + m) %% 9 > 4 then '企业报表延迟' end, '走访记录、入库名单',
                    greatest(0, (c + m) %% 9 - 4), (c + m) %% 9 <= 4, %2$s
                %4$s""".formatted(COMMITMENT, PI, MONTH, month));
        jdbc.update("""
                insert into rating_record (commitment_id, period, rated_at, rating, reason, previous_rating, trajectory_ratio,
                    days_overdue, days_to_deadline, escalated, reporter)
                select %1$s, '2024-' || lpad(m::text, 2, '0'), %3$s + interval '4 days',
                    (array['GREEN', 'YELLOW', 'RED'])[1 + (c + m) %% 3], '序时进度比 ' || round(0.7 + (c %% 40) / 100.0, 2),
                    case when m > 1 then (array['GREEN', 'YELLOW', 'RED'])[1 + (c + m - 1) %% 3] end,
                    round(0.7 + (c %% 40) / 100.0, 4), greatest(0, (c + m) %% 9 - 4), 365 - m * 30, (c + m) %% 3 = 2,
                    'bureau' || (c %% 50)
                %4$s""".formatted(COMMITMENT, PI, MONTH, month));
        jdbc.update("""
                insert into milestone_check (commitment_id, quarter, checked_at, planned_value, actual_value, reached)
                select %1$s, q, timestamp '2024-04-01 09:00' + (q - 1) * interval '3 months' + c * interval '1 millisecond',
                    q * 2.5, q * 2.5 - (c %% 3), c %% 3 = 0
                from generate_series(?, ?) c cross join generate_series(1, 4) q""".formatted(COMMITMENT), from, to);
        jdbc.update("""
                insert into supervision_notice (commitment_id, cause, requirements, due_date, issued_by, issued_at, task_force_lead,
                    corrective_plan, plan_filed_by, plan_filed_at)
                select %1$s, '连续两个月红灯', '限期提交整改方案，每周报送进展', date '2024-07-15', 'duchashi01',
                    timestamp '2024-07-01 10:00' + c * interval '1 second', 'bureau-head', '成立专班，倒排工期，每周调度。',
                    'bureau-head', timestamp '2024-07-05 10:00' + c * interval '1 second'
                from generate_series(?, ?) c where c %% 10 = 0""".formatted(COMMITMENT), from, to);
        jdbc.update("""
                insert into change_request (commitment_id, process_instance_id, new_deadline, reason, requested_by, requested_at,
                    review_decision, review_comment, reviewed_by, reviewed_at, decision, decision_comment, decided_by, decided_at)
                select %1$s, %2$s, date '2025-03-31', '征地手续未完成，申请延期一个季度', 'bureau' || (c %% 50),
                    timestamp '2024-06-10 10:00' + c * interval '1 second', 'APPROVE', '情况属实', 'duchashi01',
                    timestamp '2024-06-12 10:00' + c * interval '1 second', 'APPROVE', '同意', 'leader01',
                    timestamp '2024-06-14 10:00' + c * interval '1 second'
                from generate_series(?, ?) c where c %% 10 = 5""".formatted(COMMITMENT, PI), from, to);
        jdbc.update("""
                insert into closure_record (commitment_id, process_instance_id, summary, evidence, applied_by, applied_at, decision,
                    verifier_comment, verified_by, verified_at)
                select %1$s, %2$s, '全年目标已完成，新增规上工业企业' || (10 + c %% 20) || '家。', '统计局入库名单',
                    'bureau' || (c %% 50), timestamp '2024-12-10 10:00' + c * interval '1 second', 'APPROVE', '核验属实',
                    'duchashi01', timestamp '2024-12-15 10:00' + c * interval '1 second'
                from generate_series(?, ?) c where c %% 4 = 0""".formatted(COMMITMENT, PI), from, to);
        jdbc.update("""
                insert into dispatch_state (commitment_id, dispatch_mode, changed_at, reason)
                select %1$s, 'WEEKLY', timestamp '2024-07-01 10:00' + c * interval '1 second', '红灯升级为周调度'
                from generate_series(?, ?) c where c %% 10 = 0""".formatted(COMMITMENT), from, to);
        jdbc.update("""
                insert into evidence_file (sha256, file_name, media_type, size_bytes, purpose, commitment_id, bureau_id,
                    process_instance_id, task_id, task_name, period, uploaded_by, uploaded_at)
                select b.sha256, '现场照片说明' || c || '.txt', 'text/plain', b.size_bytes, 'PROGRESS', %1$s, %2$s, %3$s,
                    'bench-task-' || c || '-6', '进度月报（2024-06）', '2024-06', 'bureau' || (c %% 50),
                    timestamp '2024-06-03 10:00' + c * interval '1 second'
                from generate_series(?, ?) c
                join (select sha256, size_bytes, row_number() over (order by sha256) - 1 as n from evidence_blob) b on b.n = c %% 20
                where c %% 5 = 0""".formatted(COMMITMENT, BUREAU, PI), from, to);
    }
}
