package cn.duban.audit;

import cn.duban.audit.ExportTable.Key;
import cn.duban.audit.ExportTable.Renderer;
import cn.duban.audit.ExportTable.Scope;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The tables of an audit export and the SQL that reads them: the engine's history ({@code ACT_HI_*}, read directly
 * because the public history API pages by offset and cannot stream) and duban's own records. This is the one
 * place that knows the engine's history schema (Camunda 7.24).
 */
final class ExportedTables {

    /** Every history row names its commitment: the business key of its root process instance. */
    private static final String BUSINESS_KEY = "left join ACT_HI_PROCINST bk on bk.PROC_INST_ID_ = %s.ROOT_PROC_INST_ID_ ";

    /** 字段说明: not read from the database, written by the exporter from the headers of the other tables. */
    static final ExportTable DICTIONARY = new ExportTable("field_dictionary", "字段说明", "字段说明：各表字段名与中文表头",
            null, List.of(), null, Scope.PERIOD_ONLY, null, Map.of());

    private ExportedTables() {
    }

    /**
     * @param now        the engine's now: an open task past its due date is overdue
     * @param postgresql whether the database is PostgreSQL (else H2, the demo database)
     */
    static List<ExportTable> all(LocalDateTime now, boolean postgresql) {
        return List.of(processInstances(), activityInstances(), taskInstances(now, postgresql), variableChanges(),
                userOperations(), identityLinks(), comments(), attachments(), incidents(), decisionEvaluations(),
                decisionInputs(), decisionOutputs(),
                commitments(), baselines(), reportPeriods(), progressReports(), ratings(), milestoneChecks(), supervisionNotices(),
                changeRequests(), closures(), evidence(),
                scorecards(), scorecardRows(), scorecardExplanations(), timeline());
    }

    private static ExportTable processInstances() {
        return history("process_instance", "流程实例", "流程实例", """
                select p.ID_ as id, p.BUSINESS_KEY_ as business_key, p.PROC_DEF_KEY_ as process_definition_key,
                       d.VERSION_ as process_definition_version, p.PROC_DEF_ID_ as process_definition_id,
                       p.START_TIME_ as start_time, p.END_TIME_ as end_time, p.DURATION_ as duration_ms,
                       p.STATE_ as state, p.END_ACT_ID_ as end_activity_id, p.DELETE_REASON_ as delete_reason,
                       p.START_USER_ID_ as start_user, p.START_ACT_ID_ as start_activity_id,
                       p.SUPER_PROCESS_INSTANCE_ID_ as super_process_instance_id, p.ROOT_PROC_INST_ID_ as root_process_instance_id
                from ACT_HI_PROCINST p left join ACT_RE_PROCDEF d on d.ID_ = p.PROC_DEF_ID_
                where 1 = 1""", "p.START_TIME_", "start_time", "p.ID_", "p.ROOT_PROC_INST_ID_", Map.of());
    }

    private static ExportTable activityInstances() {
        return history("activity_instance", "活动实例", "活动实例（含里程碑、升级、定时器）", """
                select a.ID_ as id, bk.BUSINESS_KEY_ as business_key, a.ACT_ID_ as activity_id, a.ACT_NAME_ as activity_name,
                       a.ACT_TYPE_ as activity_type, a.START_TIME_ as start_time, a.END_TIME_ as end_time,
                       a.DURATION_ as duration_ms, a.ACT_INST_STATE_ as state, a.ASSIGNEE_ as assignee, a.TASK_ID_ as task_id,
                       a.PARENT_ACT_INST_ID_ as parent_activity_instance_id, a.CALL_PROC_INST_ID_ as called_process_instance_id,
                       a.SEQUENCE_COUNTER_ as sequence_counter, a.PROC_INST_ID_ as process_instance_id,
                       a.ROOT_PROC_INST_ID_ as root_process_instance_id, a.PROC_DEF_ID_ as process_definition_id
                from ACT_HI_ACTINST a\s""" + BUSINESS_KEY.formatted("a") + "where 1 = 1",
                "a.START_TIME_", "start_time", "a.ID_", "a.ROOT_PROC_INST_ID_", Map.of());
    }

    private static ExportTable taskInstances(LocalDateTime now, boolean postgresql) {
        String candidateGroups = postgresql
                ? "string_agg(distinct l.GROUP_ID_, ',' order by l.GROUP_ID_)"
                : "listagg(distinct l.GROUP_ID_, ',') within group (order by l.GROUP_ID_)";
        Timestamp engineNow = Timestamp.valueOf(now);
        Renderer overdue = row -> {
            Timestamp due = row.getTimestamp("due_date");
            if (due == null) {
                return "false";
            }
            Timestamp end = row.getTimestamp("end_time");
            return Boolean.toString((end != null ? end : engineNow).after(due));
        };
        return history("task_instance", "任务实例", "任务实例", """
                select t.ID_ as id, bk.BUSINESS_KEY_ as business_key, t.TASK_DEF_KEY_ as task_definition_key, t.NAME_ as name,
                       (select %s from ACT_HI_IDENTITYLINK l
                         where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.OPERATION_TYPE_ = 'add') as candidate_groups,
                       t.ASSIGNEE_ as assignee, t.OWNER_ as owner, t.START_TIME_ as created,
                       (select min(l.TIMESTAMP_) from ACT_HI_IDENTITYLINK l
                         where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'assignee' and l.OPERATION_TYPE_ = 'add') as claimed,
                       t.END_TIME_ as end_time, t.DUE_DATE_ as due_date, t.FOLLOW_UP_DATE_ as follow_up_date,
                       null as overdue, t.TASK_STATE_ as state, t.DELETE_REASON_ as outcome, t.PRIORITY_ as priority,
                       t.DURATION_ as duration_ms, t.ACT_INST_ID_ as activity_instance_id, t.PROC_INST_ID_ as process_instance_id,
                       t.ROOT_PROC_INST_ID_ as root_process_instance_id
                from ACT_HI_TASKINST t\s""".formatted(candidateGroups) + BUSINESS_KEY.formatted("t") + "where 1 = 1",
                "t.START_TIME_", "created", "t.ID_", "t.ROOT_PROC_INST_ID_", Map.of("overdue", overdue));
    }

    private static ExportTable variableChanges() {
        // old value: the same variable's update just before this one (its sequence counter counts every change);
        // actor: the user of the operation that wrote it, joined once per query (ACT_HI_OP_LOG has no index on
        // OPERATION_ID_: a subquery per row scanned the whole log for each change, 18 s for 10,000 changes)
        return history("variable_change", "变量变更", "变量变更（旧值 → 新值）", """
                select d.ID_ as id, d.TIME_ as change_time, bk.BUSINESS_KEY_ as business_key, d.NAME_ as name, d.TYPE_ as detail_type,
                       null as old_value, null as new_value, d.VAR_TYPE_ as value_type,
                       ops.actor,
                       d.OPERATION_ID_ as operation_id, d.TASK_ID_ as task_id, d.ACT_INST_ID_ as activity_instance_id,
                       d.VAR_INST_ID_ as variable_instance_id, d.REV_ as revision, d.SEQUENCE_COUNTER_ as sequence_counter,
                       d.INITIAL_ as initial, d.PROC_INST_ID_ as process_instance_id, d.ROOT_PROC_INST_ID_ as root_process_instance_id,
                       d.VAR_TYPE_ as x_new_type, d.TEXT_ as x_new_text, d.LONG_ as x_new_long, d.DOUBLE_ as x_new_double,
                       nb.BYTES_ as x_new_bytes,
                       p.VAR_TYPE_ as x_old_type, p.TEXT_ as x_old_text, p.LONG_ as x_old_long, p.DOUBLE_ as x_old_double,
                       pb.BYTES_ as x_old_bytes
                from ACT_HI_DETAIL d
                left join ACT_GE_BYTEARRAY nb on nb.ID_ = d.BYTEARRAY_ID_
                left join ACT_HI_DETAIL p on p.ID_ = (select p2.ID_ from ACT_HI_DETAIL p2
                    where p2.VAR_INST_ID_ = d.VAR_INST_ID_ and p2.SEQUENCE_COUNTER_ < d.SEQUENCE_COUNTER_
                    order by p2.SEQUENCE_COUNTER_ desc limit 1)
                left join ACT_GE_BYTEARRAY pb on pb.ID_ = p.BYTEARRAY_ID_
                left join (select o.OPERATION_ID_ as operation_id, max(o.USER_ID_) as actor from ACT_HI_OP_LOG o
                    where o.OPERATION_ID_ is not null group by o.OPERATION_ID_) ops on ops.operation_id = d.OPERATION_ID_
                """ + BUSINESS_KEY.formatted("d") + "where 1 = 1",
                "d.TIME_", "change_time", "d.ID_", "d.ROOT_PROC_INST_ID_",
                Map.of("old_value", VariableValues.of("old_"), "new_value", VariableValues.of("new_")));
    }

    private static ExportTable userOperations() {
        return history("user_operation", "用户操作日志", "用户操作日志", """
                select o.ID_ as id, o.TIMESTAMP_ as operation_time, o.USER_ID_ as user_id, o.OPERATION_TYPE_ as operation_type,
                       o.ENTITY_TYPE_ as entity_type, o.PROPERTY_ as property, o.ORG_VALUE_ as old_value, o.NEW_VALUE_ as new_value,
                       o.ANNOTATION_ as annotation, o.CATEGORY_ as category, o.OPERATION_ID_ as operation_id,
                       bk.BUSINESS_KEY_ as business_key, o.TASK_ID_ as task_id, o.JOB_ID_ as job_id, o.BATCH_ID_ as batch_id,
                       o.DEPLOYMENT_ID_ as deployment_id, o.PROC_DEF_KEY_ as process_definition_key,
                       o.PROC_INST_ID_ as process_instance_id, o.ROOT_PROC_INST_ID_ as root_process_instance_id
                from ACT_HI_OP_LOG o\s""" + BUSINESS_KEY.formatted("o") + "where 1 = 1",
                "o.TIMESTAMP_", "operation_time", "o.ID_", "o.ROOT_PROC_INST_ID_", Map.of());
    }

    private static ExportTable identityLinks() {
        return history("identity_link", "候选组与办理人变更", "身份关联历史（候选组、办理人变更）", """
                select l.ID_ as id, l.TIMESTAMP_ as link_time, bk.BUSINESS_KEY_ as business_key, l.TASK_ID_ as task_id,
                       l.TYPE_ as type, l.OPERATION_TYPE_ as operation, l.USER_ID_ as user_id, l.GROUP_ID_ as group_id,
                       l.ASSIGNER_ID_ as assigner, l.PROC_DEF_KEY_ as process_definition_key,
                       l.ROOT_PROC_INST_ID_ as root_process_instance_id
                from ACT_HI_IDENTITYLINK l\s""" + BUSINESS_KEY.formatted("l") + "where 1 = 1",
                "l.TIMESTAMP_", "link_time", "l.ID_", "l.ROOT_PROC_INST_ID_", Map.of());
    }

    private static ExportTable comments() {
        // MESSAGE_ is cut at 4000 characters; FULL_MSG_ holds the whole text
        Renderer message = row -> {
            byte[] full = row.getBytes("x_full_message");
            return full != null ? new String(full, java.nio.charset.StandardCharsets.UTF_8) : row.getString("x_message");
        };
        return history("comment", "评论与任务事件", "评论与任务事件", """
                select c.ID_ as id, c.TIME_ as comment_time, c.USER_ID_ as user_id, bk.BUSINESS_KEY_ as business_key, c.TASK_ID_ as task_id,
                       c.TYPE_ as type, c.ACTION_ as action, null as message, c.PROC_INST_ID_ as process_instance_id,
                       c.ROOT_PROC_INST_ID_ as root_process_instance_id, c.FULL_MSG_ as x_full_message, c.MESSAGE_ as x_message
                from ACT_HI_COMMENT c\s""" + BUSINESS_KEY.formatted("c") + "where 1 = 1",
                "c.TIME_", "comment_time", "c.ID_", "c.ROOT_PROC_INST_ID_", Map.of("message", message));
    }

    private static ExportTable attachments() {
        return history("attachment", "附件", "附件（名称、大小、SHA-256）", """
                select a.ID_ as id, coalesce(a.CREATE_TIME_, timestamp '1970-01-01 00:00:00') as create_time,
                       a.USER_ID_ as user_id, bk.BUSINESS_KEY_ as business_key, a.TASK_ID_ as task_id, a.NAME_ as name,
                       a.DESCRIPTION_ as description, a.TYPE_ as type, a.URL_ as url, octet_length(b.BYTES_) as size_bytes,
                       b.BYTES_ as sha256, a.PROC_INST_ID_ as process_instance_id, a.ROOT_PROC_INST_ID_ as root_process_instance_id
                from ACT_HI_ATTACHMENT a left join ACT_GE_BYTEARRAY b on b.ID_ = a.CONTENT_ID_
                """ + BUSINESS_KEY.formatted("a") + "where 1 = 1",
                "coalesce(a.CREATE_TIME_, timestamp '1970-01-01 00:00:00')", "create_time", "a.ID_", "a.ROOT_PROC_INST_ID_",
                Map.of());
    }

    private static ExportTable incidents() {
        return history("incident", "故障", "故障（incident）", """
                select i.ID_ as id, i.CREATE_TIME_ as create_time, i.END_TIME_ as end_time, bk.BUSINESS_KEY_ as business_key,
                       i.INCIDENT_TYPE_ as incident_type, i.INCIDENT_MSG_ as message, i.INCIDENT_STATE_ as state,
                       i.ACTIVITY_ID_ as activity_id, i.FAILED_ACTIVITY_ID_ as failed_activity_id,
                       i.CONFIGURATION_ as configuration, i.CAUSE_INCIDENT_ID_ as cause_incident_id,
                       i.ANNOTATION_ as annotation, i.PROC_INST_ID_ as process_instance_id,
                       i.ROOT_PROC_INST_ID_ as root_process_instance_id
                from ACT_HI_INCIDENT i\s""" + BUSINESS_KEY.formatted("i") + "where 1 = 1",
                "i.CREATE_TIME_", "create_time", "i.ID_", "i.ROOT_PROC_INST_ID_", Map.of());
    }

    private static ExportTable decisionEvaluations() {
        return history("decision_evaluation", "决策评估", "决策评估（红黄绿灯）", """
                select d.ID_ as id, d.EVAL_TIME_ as evaluation_time, bk.BUSINESS_KEY_ as business_key,
                       d.DEC_DEF_KEY_ as decision_key, d.DEC_DEF_NAME_ as decision_name, d.DEC_DEF_ID_ as decision_definition_id,
                       d.ACT_ID_ as activity_id, d.ACT_INST_ID_ as activity_instance_id, d.USER_ID_ as user_id,
                       d.COLLECT_VALUE_ as collect_value, d.ROOT_DEC_INST_ID_ as root_decision_instance_id,
                       d.PROC_INST_ID_ as process_instance_id, d.ROOT_PROC_INST_ID_ as root_process_instance_id
                from ACT_HI_DECINST d\s""" + BUSINESS_KEY.formatted("d") + "where 1 = 1",
                "d.EVAL_TIME_", "evaluation_time", "d.ID_", "d.ROOT_PROC_INST_ID_", Map.of());
    }

    private static ExportTable decisionInputs() {
        return history("decision_input", "决策输入", "决策输入", """
                select i.ID_ as id, d.EVAL_TIME_ as evaluation_time, i.DEC_INST_ID_ as decision_instance_id,
                       bk.BUSINESS_KEY_ as business_key, i.CLAUSE_ID_ as clause_id, i.CLAUSE_NAME_ as clause_name,
                       i.VAR_TYPE_ as value_type, null as input_value, d.ROOT_PROC_INST_ID_ as root_process_instance_id,
                       i.VAR_TYPE_ as x_type, i.TEXT_ as x_text, i.LONG_ as x_long, i.DOUBLE_ as x_double, b.BYTES_ as x_bytes
                from ACT_HI_DEC_IN i join ACT_HI_DECINST d on d.ID_ = i.DEC_INST_ID_
                left join ACT_GE_BYTEARRAY b on b.ID_ = i.BYTEARRAY_ID_
                """ + BUSINESS_KEY.formatted("d") + "where 1 = 1",
                "d.EVAL_TIME_", "evaluation_time", "i.ID_", "d.ROOT_PROC_INST_ID_", Map.of("input_value", VariableValues.of("")));
    }

    private static ExportTable decisionOutputs() {
        return history("decision_output", "决策输出", "决策输出", """
                select o.ID_ as id, d.EVAL_TIME_ as evaluation_time, o.DEC_INST_ID_ as decision_instance_id,
                       bk.BUSINESS_KEY_ as business_key, o.RULE_ID_ as rule_id, o.RULE_ORDER_ as rule_order,
                       o.CLAUSE_ID_ as clause_id, o.CLAUSE_NAME_ as clause_name, o.VAR_NAME_ as variable_name,
                       o.VAR_TYPE_ as value_type, null as output_value, d.ROOT_PROC_INST_ID_ as root_process_instance_id,
                       o.VAR_TYPE_ as x_type, o.TEXT_ as x_text, o.LONG_ as x_long, o.DOUBLE_ as x_double, b.BYTES_ as x_bytes
                from ACT_HI_DEC_OUT o join ACT_HI_DECINST d on d.ID_ = o.DEC_INST_ID_
                left join ACT_GE_BYTEARRAY b on b.ID_ = o.BYTEARRAY_ID_
                """ + BUSINESS_KEY.formatted("d") + "where 1 = 1",
                "d.EVAL_TIME_", "evaluation_time", "o.ID_", "d.ROOT_PROC_INST_ID_", Map.of("output_value", VariableValues.of("")));
    }

    private static ExportTable commitments() {
        return duban("commitment", "承诺事项", "承诺事项（台账）", """
                select c.id, c.imported_at, c.section_id, c.section_name, c.title, c.kind, c.target_text, c.target_value,
                       c.target_unit, c.direction, c.deadline, c.lead_bureau_id, c.leader_id, c.task_force,
                       c.process_instance_id, c.source_sentence
                from commitment c where 1 = 1""", List.of(new Key("c.imported_at", "imported_at"), new Key("c.id", "id")),
                Scope.COMMITMENT, "c.id");
    }

    private static ExportTable baselines() {
        return duban("commitment_baseline", "基线及调整", "基线及其调整", """
                select b.approved_at, b.commitment_id, b.version, b.deadline, b.target_value, b.q1_value, b.q2_value,
                       b.q3_value, b.q4_value, b.q1_status, b.q2_status, b.q3_status, b.q4_status, b.reason, b.approved_by
                from commitment_baseline b where 1 = 1""",
                List.of(new Key("b.approved_at", "approved_at"), new Key("b.commitment_id", "commitment_id"),
                        new Key("b.version", "version")), Scope.COMMITMENT, "b.commitment_id");
    }

    private static ExportTable progressReports() {
        return commitmentRecord("progress_report", "进度填报", "进度填报", "reported_at");
    }

    private static ExportTable ratings() {
        return commitmentRecord("rating_record", "红黄绿灯评级", "红黄绿灯评级记录", "rated_at");
    }

    private static ExportTable milestoneChecks() {
        return commitmentRecord("milestone_check", "里程碑核查", "里程碑核查", "checked_at");
    }

    private static ExportTable supervisionNotices() {
        return commitmentRecord("supervision_notice", "督办单", "督办单", "issued_at");
    }

    private static ExportTable reportPeriods() {
        return commitmentRecord("report_period", "报告期", "报告期及报送时限", "opens_at");
    }

    private static ExportTable changeRequests() {
        return commitmentRecord("change_request", "延期调整申请", "延期/调整申请、审核与审批", "requested_at");
    }

    private static ExportTable closures() {
        return commitmentRecord("closure_record", "办结销号", "办结销号申请与核验", "applied_at");
    }

    /** 佐证材料: each attached file's name, type, size, SHA-256, uploader and task; the files themselves go under evidence/. */
    static final String EVIDENCE_TABLE = "evidence_file";

    private static ExportTable evidence() {
        return commitmentRecord(EVIDENCE_TABLE, "佐证材料", "佐证材料文件（名称、类型、大小、SHA-256、上传人）", "uploaded_at");
    }

    /** One of duban's per-commitment tables, every column, in order of its own time and id. */
    private static ExportTable commitmentRecord(String table, String sheet, String label, String timeColumn) {
        return duban(table, sheet, label, "select r.* from " + table + " r where 1 = 1",
                List.of(new Key("r." + timeColumn, timeColumn), new Key("r.id", "id")), Scope.COMMITMENT, "r.commitment_id");
    }

    private static ExportTable scorecards() {
        return duban("scorecard", "晾晒成绩单", "已发布的晾晒成绩单", "select s.* from scorecard s where s.status = 'PUBLISHED'",
                List.of(new Key("s.published_at", "published_at"), new Key("s.id", "id")), Scope.PERIOD_ONLY, null);
    }

    private static ExportTable scorecardRows() {
        return duban("scorecard_row", "成绩单得分排名", "成绩单各单位得分与排名", """
                select s.published_at as scorecard_published_at, s.period as scorecard_period, r.*
                from scorecard_row r join scorecard s on s.id = r.scorecard_id where s.status = 'PUBLISHED'""",
                List.of(new Key("s.published_at", "scorecard_published_at"), new Key("r.scorecard_id", "scorecard_id"),
                        new Key("r.bureau_id", "bureau_id")), Scope.BUREAU, "r.bureau_id");
    }

    private static ExportTable scorecardExplanations() {
        return duban("scorecard_explanation", "排名靠后情况说明", "排名靠后单位的情况说明", """
                select s.published_at as scorecard_published_at, s.period as scorecard_period, e.*
                from scorecard_explanation e join scorecard s on s.id = e.scorecard_id where s.status = 'PUBLISHED'""",
                List.of(new Key("s.published_at", "scorecard_published_at"), new Key("e.id", "id")), Scope.BUREAU, "e.bureau_id");
    }

    /**
     * 时间线: who did what, when, to each selected commitment — one row per event of duban's records and of the
     * engine's history (process start and end, task given and completed with its assignee, user operations but task
     * completion, which the task row already says, comments), in order of time. {@code id} names the source row.
     */
    private static ExportTable timeline() {
        String system = "'系统'";
        String sql = "select t.id, t.event_time, t.commitment_id, t.actor, t.action, t.before_value, t.after_value, t.reason"
                + " from (" + String.join(" union all ", List.of(
                // ledger entry
                row("concat('commitment:', c.id)", "c.imported_at", "c.id", "'系统（台账导入）'", "'承诺事项导入台账'", null,
                        "concat(c.title, '；目标 ', coalesce(c.target_text, '—'), '；时限 ', cast(c.deadline as varchar), "
                                + "'；牵头单位 ', c.lead_bureau_id)", null, "commitment c"),
                // engine: process instance, tasks, user operations, comments of the commitment's process
                row("concat('process_instance:', p.ID_, ':start')", "p.START_TIME_", "c.id", "coalesce(p.START_USER_ID_, "
                        + system + ")", "'流程启动'", null, "p.PROC_DEF_KEY_", null,
                        "ACT_HI_PROCINST p join commitment c on c.process_instance_id = p.ID_"),
                row("concat('process_instance:', p.ID_, ':end')", "p.END_TIME_", "c.id", system, "'流程结束'", null,
                        "concat(p.STATE_, '（', p.END_ACT_ID_, '）')", "p.DELETE_REASON_",
                        "ACT_HI_PROCINST p join commitment c on c.process_instance_id = p.ID_ where p.END_TIME_ is not null"),
                row("concat('task:', t.ID_, ':created')", "t.START_TIME_", "c.id", system, "concat('下达任务：', t.NAME_)",
                        null, "case when t.DUE_DATE_ is null then null else concat('截止 ', cast(t.DUE_DATE_ as varchar)) end",
                        null, "ACT_HI_TASKINST t join commitment c on c.process_instance_id = t.ROOT_PROC_INST_ID_"),
                row("concat('task:', t.ID_, ':ended')", "t.END_TIME_", "c.id", "coalesce(t.ASSIGNEE_, '（无办理人）')",
                        "case when t.DELETE_REASON_ = 'completed' then concat('完成任务：', t.NAME_) "
                                + "else concat('任务结束（', coalesce(t.DELETE_REASON_, '—'), '）：', t.NAME_) end",
                        null, null, null, "ACT_HI_TASKINST t join commitment c on c.process_instance_id = t.ROOT_PROC_INST_ID_"
                                + " where t.END_TIME_ is not null"),
                row("concat('user_operation:', o.ID_)", "o.TIMESTAMP_", "c.id", "coalesce(o.USER_ID_, " + system + ")",
                        "concat('用户操作：', o.OPERATION_TYPE_, case when o.PROPERTY_ is null then '' else concat(' ', o.PROPERTY_) end)",
                        "o.ORG_VALUE_", "o.NEW_VALUE_", "o.ANNOTATION_",
                        "ACT_HI_OP_LOG o join commitment c on c.process_instance_id = o.ROOT_PROC_INST_ID_"
                                + " where o.OPERATION_TYPE_ <> 'Complete'"),
                row("concat('comment:', m.ID_)", "m.TIME_", "c.id", "coalesce(m.USER_ID_, " + system + ")", "'评论'", null,
                        "m.MESSAGE_", null, "ACT_HI_COMMENT m join commitment c on c.process_instance_id = m.ROOT_PROC_INST_ID_"
                                + " where m.TYPE_ = 'comment'"),
                // duban's records
                row("concat('commitment_baseline:', b.commitment_id, ':', b.version)", "b.approved_at", "b.commitment_id",
                        "coalesce(b.approved_by, " + system + ")", "concat('基线第 ', b.version, ' 版')",
                        "case when pb.version is null then null else concat('目标 ', coalesce(cast(pb.target_value as varchar), '—'),"
                                + " '；时限 ', cast(pb.deadline as varchar)) end",
                        "concat('目标 ', coalesce(cast(b.target_value as varchar), '—'), '；时限 ', cast(b.deadline as varchar))",
                        "b.reason", "commitment_baseline b left join commitment_baseline pb"
                                + " on pb.commitment_id = b.commitment_id and pb.version = b.version - 1"),
                row("concat('report_period:', rp.id)", "rp.opens_at", "rp.commitment_id", system,
                        "concat('报告期开启：', rp.period, '（', rp.dispatch_mode, '）')", null,
                        "concat('报送时限 ', cast(rp.due_at as varchar))", null, "report_period rp"),
                row("concat('progress_report:', pr.id)", "pr.reported_at", "pr.commitment_id", "coalesce(pr.reporter, " + system + ")",
                        "concat('进度填报：', pr.period, case when pr.on_time then '（按时）' else concat('（逾期 ', pr.days_overdue, ' 天）') end)",
                        "concat('累计 ', coalesce(cast(pr.previous_value as varchar), pr.previous_status, '—'))",
                        "concat('累计 ', coalesce(cast(pr.cumulative_value as varchar), pr.progress_status, '—'), '；序时进度比 ',"
                                + " cast(pr.trajectory_ratio as varchar))",
                        "coalesce(pr.correction_reason, pr.delay_reason)",
                        "(select r.*, lag(r.cumulative_value) over (partition by r.commitment_id order by r.reported_at, r.id)"
                                + " as previous_value, lag(r.progress_status) over (partition by r.commitment_id"
                                + " order by r.reported_at, r.id) as previous_status from progress_report r) pr"),
                row("concat('rating_record:', rr.id)", "rr.rated_at", "rr.commitment_id", "'系统（红黄绿灯规则）'",
                        "concat('评级：', rr.period, case when rr.escalated then '（升级督办）' else '' end)",
                        "rr.previous_rating", "rr.rating", "rr.reason", "rating_record rr"),
                row("concat('milestone_check:', mc.id)", "mc.checked_at", "mc.commitment_id", system,
                        "concat('第 ', mc.quarter, ' 季度里程碑核查')",
                        "concat('计划 ', coalesce(cast(mc.planned_value as varchar), mc.planned_status, '—'))",
                        "concat('实际 ', coalesce(cast(mc.actual_value as varchar), mc.actual_status, '—'),"
                                + " case when mc.reached then '（达成）' else '（未达成）' end)", null, "milestone_check mc"),
                row("concat('supervision_notice:', sn.id, ':issued')", "sn.issued_at", "sn.commitment_id",
                        "coalesce(sn.issued_by, " + system + ")", "'签发督办单'", null,
                        "concat(sn.requirements, '；限 ', cast(sn.due_date as varchar), ' 前')", "sn.cause", "supervision_notice sn"),
                row("concat('supervision_notice:', sn.id, ':plan')", "sn.plan_filed_at", "sn.commitment_id",
                        "coalesce(sn.plan_filed_by, " + system + ")", "'专班提交整改方案'", null, "sn.corrective_plan", null,
                        "supervision_notice sn where sn.plan_filed_at is not null"),
                row("concat('change_request:', cr.id, ':requested')", "cr.requested_at", "cr.commitment_id",
                        "coalesce(cr.requested_by, " + system + ")", "'申请延期/调整'", null,
                        "concat('新时限 ', coalesce(cast(cr.new_deadline as varchar), '不变'), '；新目标 ',"
                                + " coalesce(cast(cr.new_target as varchar), '不变'))", "cr.reason", "change_request cr"),
                row("concat('change_request:', cr.id, ':reviewed')", "cr.reviewed_at", "cr.commitment_id",
                        "coalesce(cr.reviewed_by, " + system + ")", "'督查室审核延期/调整'", null, "cr.review_decision",
                        "cr.review_comment", "change_request cr where cr.reviewed_at is not null"),
                row("concat('change_request:', cr.id, ':decided')", "cr.decided_at", "cr.commitment_id",
                        "coalesce(cr.decided_by, " + system + ")", "'区领导审批延期/调整'", null, "cr.decision",
                        "cr.decision_comment", "change_request cr where cr.decided_at is not null"),
                row("concat('closure_record:', cl.id, ':applied')", "cl.applied_at", "cl.commitment_id", "cl.applied_by",
                        "'申请办结销号'", null, "concat(cl.summary, '；佐证：', cl.evidence)", null, "closure_record cl"),
                row("concat('closure_record:', cl.id, ':verified')", "cl.verified_at", "cl.commitment_id",
                        "coalesce(cl.verified_by, " + system + ")", "'核验办结销号'", null, "cl.decision", "cl.verifier_comment",
                        "closure_record cl where cl.verified_at is not null"),
                row("concat('dispatch_state:', ds.commitment_id)", "ds.changed_at", "ds.commitment_id", system,
                        "'调度方式变更'", null, "ds.dispatch_mode", "ds.reason", "dispatch_state ds")))
                + ") t where 1 = 1";
        Map<String, Renderer> tidy = Map.of("before_value", tidy("before_value"), "after_value", tidy("after_value"));
        return new ExportTable("timeline", "时间线", "时间线：谁在何时做了什么（变更前 → 变更后，原因）", sql,
                List.of(new Key("t.event_time", "event_time"), new Key("t.id", "id")), "t.event_time", Scope.COMMITMENT,
                "t.commitment_id", tidy);
    }

    private static String row(String id, String time, String commitment, String actor, String action, String before,
            String after, String reason, String from) {
        return "select cast(" + id + " as varchar(200)) as id, " + time + " as event_time, cast(" + commitment
                + " as varchar(64)) as commitment_id, cast(" + actor + " as varchar(200)) as actor, cast(" + action
                + " as varchar(4000)) as action, cast(" + (before == null ? "null" : before) + " as varchar(4000)) as before_value, "
                + "cast(" + (after == null ? "null" : after) + " as varchar(4000)) as after_value, cast("
                + (reason == null ? "null" : reason) + " as varchar(4000)) as reason from " + from;
    }

    /** Decimals as a reader writes them: {@code 12.5000} as {@code 12.5}, {@code 3.0000} as {@code 3}. */
    private static Renderer tidy(String column) {
        return row -> {
            String value = row.getString(column);
            return value == null || value.indexOf('.') < 0 ? value : TRAILING_ZEROS.matcher(value).replaceAll("$1");
        };
    }

    private static final java.util.regex.Pattern TRAILING_ZEROS =
            java.util.regex.Pattern.compile("(\\d+(?:\\.\\d*[1-9])?)(?:\\.0+|(?<=\\.\\d*[1-9])0+)(?![\\d])");

    private static ExportTable history(String name, String sheet, String title, String sql, String timeExpr, String timeLabel,
            String idExpr, String rootInstanceExpr, Map<String, Renderer> renderers) {
        return new ExportTable(name, sheet, title, sql, List.of(new Key(timeExpr, timeLabel), new Key(idExpr, "id")), timeExpr,
                Scope.PROCESS_INSTANCE, rootInstanceExpr, renderers);
    }

    private static ExportTable duban(String name, String sheet, String title, String sql, List<Key> keys, Scope scope,
            String scopeExpr) {
        return new ExportTable(name, sheet, title, sql, keys, keys.get(0).expr(), scope, scopeExpr, Map.of());
    }
}
