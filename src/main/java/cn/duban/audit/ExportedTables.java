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
                changeRequests(), closures(),
                scorecards(), scorecardRows(), scorecardExplanations());
    }

    private static ExportTable processInstances() {
        return history("process_instance", "流程实例", """
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
        return history("activity_instance", "活动实例（含里程碑、升级、定时器）", """
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
        return history("task_instance", "任务实例", """
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
        // old value: the same variable's update just before this one (its sequence counter counts every change)
        return history("variable_change", "变量变更（旧值 → 新值）", """
                select d.ID_ as id, d.TIME_ as change_time, bk.BUSINESS_KEY_ as business_key, d.NAME_ as name, d.TYPE_ as detail_type,
                       null as old_value, null as new_value, d.VAR_TYPE_ as value_type,
                       case when d.OPERATION_ID_ is null then null else
                         (select max(o.USER_ID_) from ACT_HI_OP_LOG o where o.OPERATION_ID_ = d.OPERATION_ID_) end as actor,
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
                """ + BUSINESS_KEY.formatted("d") + "where 1 = 1",
                "d.TIME_", "change_time", "d.ID_", "d.ROOT_PROC_INST_ID_",
                Map.of("old_value", VariableValues.of("old_"), "new_value", VariableValues.of("new_")));
    }

    private static ExportTable userOperations() {
        return history("user_operation", "用户操作日志", """
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
        return history("identity_link", "身份关联历史（候选组、办理人变更）", """
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
        return history("comment", "评论与任务事件", """
                select c.ID_ as id, c.TIME_ as comment_time, c.USER_ID_ as user_id, bk.BUSINESS_KEY_ as business_key, c.TASK_ID_ as task_id,
                       c.TYPE_ as type, c.ACTION_ as action, null as message, c.PROC_INST_ID_ as process_instance_id,
                       c.ROOT_PROC_INST_ID_ as root_process_instance_id, c.FULL_MSG_ as x_full_message, c.MESSAGE_ as x_message
                from ACT_HI_COMMENT c\s""" + BUSINESS_KEY.formatted("c") + "where 1 = 1",
                "c.TIME_", "comment_time", "c.ID_", "c.ROOT_PROC_INST_ID_", Map.of("message", message));
    }

    private static ExportTable attachments() {
        return history("attachment", "附件（名称、大小、SHA-256）", """
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
        return history("incident", "故障（incident）", """
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
        return history("decision_evaluation", "决策评估（红黄绿灯）", """
                select d.ID_ as id, d.EVAL_TIME_ as evaluation_time, bk.BUSINESS_KEY_ as business_key,
                       d.DEC_DEF_KEY_ as decision_key, d.DEC_DEF_NAME_ as decision_name, d.DEC_DEF_ID_ as decision_definition_id,
                       d.ACT_ID_ as activity_id, d.ACT_INST_ID_ as activity_instance_id, d.USER_ID_ as user_id,
                       d.COLLECT_VALUE_ as collect_value, d.ROOT_DEC_INST_ID_ as root_decision_instance_id,
                       d.PROC_INST_ID_ as process_instance_id, d.ROOT_PROC_INST_ID_ as root_process_instance_id
                from ACT_HI_DECINST d\s""" + BUSINESS_KEY.formatted("d") + "where 1 = 1",
                "d.EVAL_TIME_", "evaluation_time", "d.ID_", "d.ROOT_PROC_INST_ID_", Map.of());
    }

    private static ExportTable decisionInputs() {
        return history("decision_input", "决策输入", """
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
        return history("decision_output", "决策输出", """
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
        return duban("commitment", "承诺事项（台账）", """
                select c.id, c.imported_at, c.section_id, c.section_name, c.title, c.kind, c.target_text, c.target_value,
                       c.target_unit, c.direction, c.deadline, c.lead_bureau_id, c.leader_id, c.task_force,
                       c.process_instance_id, c.source_sentence
                from commitment c where 1 = 1""", List.of(new Key("c.imported_at", "imported_at"), new Key("c.id", "id")),
                Scope.COMMITMENT, "c.id");
    }

    private static ExportTable baselines() {
        return duban("commitment_baseline", "基线及其调整", """
                select b.approved_at, b.commitment_id, b.version, b.deadline, b.target_value, b.q1_value, b.q2_value,
                       b.q3_value, b.q4_value, b.q1_status, b.q2_status, b.q3_status, b.q4_status, b.reason, b.approved_by
                from commitment_baseline b where 1 = 1""",
                List.of(new Key("b.approved_at", "approved_at"), new Key("b.commitment_id", "commitment_id"),
                        new Key("b.version", "version")), Scope.COMMITMENT, "b.commitment_id");
    }

    private static ExportTable progressReports() {
        return commitmentRecord("progress_report", "进度填报", "reported_at");
    }

    private static ExportTable ratings() {
        return commitmentRecord("rating_record", "红黄绿灯评级记录", "rated_at");
    }

    private static ExportTable milestoneChecks() {
        return commitmentRecord("milestone_check", "里程碑核查", "checked_at");
    }

    private static ExportTable supervisionNotices() {
        return commitmentRecord("supervision_notice", "督办单", "issued_at");
    }

    private static ExportTable reportPeriods() {
        return commitmentRecord("report_period", "报告期及报送时限", "opens_at");
    }

    private static ExportTable changeRequests() {
        return commitmentRecord("change_request", "延期/调整申请、审核与审批", "requested_at");
    }

    private static ExportTable closures() {
        return commitmentRecord("closure_record", "办结销号申请与核验", "applied_at");
    }

    /** One of duban's per-commitment tables, every column, in order of its own time and id. */
    private static ExportTable commitmentRecord(String table, String label, String timeColumn) {
        return duban(table, label, "select r.* from " + table + " r where 1 = 1",
                List.of(new Key("r." + timeColumn, timeColumn), new Key("r.id", "id")), Scope.COMMITMENT, "r.commitment_id");
    }

    private static ExportTable scorecards() {
        return duban("scorecard", "已发布的晾晒成绩单", "select s.* from scorecard s where s.status = 'PUBLISHED'",
                List.of(new Key("s.published_at", "published_at"), new Key("s.id", "id")), Scope.PERIOD_ONLY, null);
    }

    private static ExportTable scorecardRows() {
        return duban("scorecard_row", "成绩单各单位得分与排名", """
                select s.published_at as scorecard_published_at, s.period as scorecard_period, r.*
                from scorecard_row r join scorecard s on s.id = r.scorecard_id where s.status = 'PUBLISHED'""",
                List.of(new Key("s.published_at", "scorecard_published_at"), new Key("r.scorecard_id", "scorecard_id"),
                        new Key("r.bureau_id", "bureau_id")), Scope.BUREAU, "r.bureau_id");
    }

    private static ExportTable scorecardExplanations() {
        return duban("scorecard_explanation", "排名靠后单位的情况说明", """
                select s.published_at as scorecard_published_at, s.period as scorecard_period, e.*
                from scorecard_explanation e join scorecard s on s.id = e.scorecard_id where s.status = 'PUBLISHED'""",
                List.of(new Key("s.published_at", "scorecard_published_at"), new Key("e.id", "id")), Scope.BUREAU, "e.bureau_id");
    }

    private static ExportTable history(String name, String title, String sql, String timeExpr, String timeLabel,
            String idExpr, String rootInstanceExpr, Map<String, Renderer> renderers) {
        return new ExportTable(name, title, sql, List.of(new Key(timeExpr, timeLabel), new Key(idExpr, "id")), timeExpr,
                Scope.PROCESS_INSTANCE, rootInstanceExpr, renderers);
    }

    private static ExportTable duban(String name, String title, String sql, List<Key> keys, Scope scope, String scopeExpr) {
        return new ExportTable(name, title, sql, keys, keys.get(0).expr(), scope, scopeExpr, Map.of());
    }
}
