package cn.duban.audit;

import java.util.HashMap;
import java.util.Map;

/**
 * The Chinese header of every exported column, as an auditor reads it; the English field name stays beside it (the
 * second header row of CSV and XLSX, the keys of JSON Lines) for machines. A field named differently in one table
 * is looked up as {@code table.field} first. Time columns say that they are Beijing time.
 */
final class FieldNames {

    static final String BEIJING_TIME = "（北京时间）";

    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        names("id", "记录编号", "business_key", "承诺事项编号", "commitment_id", "承诺事项编号",
                "process_instance_id", "流程实例编号", "root_process_instance_id", "根流程实例编号",
                "process_definition_key", "流程定义标识", "process_definition_version", "流程定义版本",
                "process_definition_id", "流程定义编号", "start_time", "开始时间", "end_time", "结束时间",
                "duration_ms", "耗时（毫秒）", "state", "状态", "end_activity_id", "结束节点", "delete_reason", "终止原因",
                "start_user", "发起人", "start_activity_id", "开始节点", "super_process_instance_id", "上级流程实例编号",
                "activity_id", "节点标识", "activity_name", "节点名称", "activity_type", "节点类型", "assignee", "办理人",
                "task_id", "任务编号", "parent_activity_instance_id", "上级活动实例编号",
                "called_process_instance_id", "调用的流程实例编号", "sequence_counter", "顺序号",
                "task_definition_key", "任务标识", "name", "名称", "candidate_groups", "候选组", "owner", "所有人",
                "created", "创建时间", "claimed", "认领时间", "due_date", "截止时间", "follow_up_date", "跟进时间",
                "overdue", "是否逾期", "outcome", "结果", "priority", "优先级", "activity_instance_id", "活动实例编号",
                "change_time", "变更时间", "detail_type", "记录类型", "old_value", "旧值", "new_value", "新值",
                "value_type", "值类型", "actor", "操作人", "operation_id", "操作编号", "variable_instance_id", "变量实例编号",
                "revision", "修订号", "initial", "是否初始值", "operation_time", "操作时间", "user_id", "用户",
                "operation_type", "操作类型", "entity_type", "对象类型", "property", "属性", "annotation", "备注",
                "category", "类别", "job_id", "作业编号", "batch_id", "批处理编号", "deployment_id", "部署编号",
                "link_time", "变更时间", "type", "类型", "operation", "操作", "group_id", "组", "assigner", "分派人",
                "comment_time", "时间", "action", "动作", "message", "内容", "create_time", "创建时间",
                "description", "说明", "url", "链接", "size_bytes", "大小（字节）", "sha256", "SHA-256",
                "incident_type", "故障类型", "failed_activity_id", "出错节点", "configuration", "配置",
                "cause_incident_id", "起因故障编号", "evaluation_time", "评估时间", "decision_key", "决策标识",
                "decision_name", "决策名称", "decision_definition_id", "决策定义编号", "collect_value", "汇总值",
                "root_decision_instance_id", "根决策实例编号", "decision_instance_id", "决策实例编号",
                "clause_id", "条件标识", "clause_name", "条件名称", "input_value", "输入值", "rule_id", "规则标识",
                "rule_order", "规则序号", "variable_name", "变量名", "output_value", "输出值",
                "imported_at", "导入时间", "section_id", "篇章编号", "section_name", "篇章", "title", "事项",
                "kind", "类型", "target_text", "目标（原文）", "target_value", "目标值", "target_unit", "单位",
                "direction", "方向", "deadline", "完成时限", "lead_bureau_id", "牵头单位", "leader_id", "分管区领导",
                "task_force", "专班", "source_sentence", "报告原文",
                "approved_at", "批准时间", "version", "版本", "q1_value", "一季度目标", "q2_value", "二季度目标",
                "q3_value", "三季度目标", "q4_value", "四季度目标", "q1_status", "一季度节点", "q2_status", "二季度节点",
                "q3_status", "三季度节点", "q4_status", "四季度节点", "reason", "原因", "approved_by", "批准人",
                "period", "报告期", "period_end", "报告期末", "dispatch_mode", "调度方式", "due_at", "报送时限",
                "reported_at", "填报时间", "reporter", "填报人", "cumulative_value", "累计完成", "progress_status", "进展状态",
                "planned_value", "计划值", "planned_status", "计划节点", "percent_of_target", "完成目标（%）",
                "trajectory_ratio", "序时进度比", "work_done", "已做工作", "next_steps", "下步计划", "problems", "需协调问题",
                "delay_reason", "滞后原因", "correction_reason", "更正原因", "evidence", "佐证材料",
                "days_overdue", "逾期天数", "on_time", "是否按时",
                "rated_at", "评级时间", "rating", "评级", "previous_rating", "上次评级", "days_to_deadline", "距时限天数",
                "escalated", "是否升级", "quarter", "季度", "checked_at", "核查时间", "actual_value", "实际值",
                "actual_status", "实际节点", "reached", "是否达成", "cause", "督办事由", "requirements", "督办要求",
                "issued_by", "签发人", "issued_at", "签发时间", "task_force_lead", "专班牵头人", "corrective_plan", "整改方案",
                "plan_filed_by", "方案提交人", "plan_filed_at", "方案提交时间", "opens_at", "开启时间",
                "reminder_at", "催办时间", "overdue_escalation_at", "逾期升级时间", "filed_at", "报送时间",
                "new_deadline", "新时限", "new_target", "新目标值", "requested_by", "申请人", "requested_at", "申请时间",
                "review_decision", "审核结论", "review_comment", "审核意见", "reviewed_by", "审核人", "reviewed_at", "审核时间",
                "decision", "决定", "decision_comment", "审批意见", "decided_by", "审批人", "decided_at", "审批时间",
                "summary", "办结情况", "applied_by", "申请人", "applied_at", "申请时间", "verifier_comment", "核验意见",
                "verified_by", "核验人", "verified_at", "核验时间",
                "file_name", "文件名", "media_type", "文件类型", "purpose", "用途", "task_name", "任务名称",
                "uploaded_by", "上传人", "uploaded_at", "上传时间", "sealed_at", "归档时间",
                "period_start", "期初", "computed_at", "计算时间", "published_at", "发布时间", "previous_id", "上一期成绩单编号",
                "content_hash", "内容哈希", "scorecard_published_at", "成绩单发布时间", "scorecard_period", "成绩单期次",
                "scorecard_id", "成绩单编号", "bureau_id", "单位", "commitments", "牵头事项数", "reports_due", "应报次数",
                "reports_on_time", "按时报送次数", "reports_missing", "未报次数", "overdue_days", "逾期天数合计",
                "avg_trajectory", "平均序时进度比", "green", "绿灯数", "yellow", "黄灯数", "red", "红灯数",
                "notices", "督办单数", "escalations", "专班数", "closures", "办结数", "computed_score", "计算得分",
                "adjustment", "人工调整", "adjustment_reason", "调整理由", "adjusted_by", "调整人", "score", "得分",
                "ranking", "名次", "previous_ranking", "上期名次", "explanation", "情况说明", "measures", "整改措施",
                "filed_by", "提交人",
                "event_time", "时间", "before_value", "变更前", "after_value", "变更后",
                "table_name", "表", "table_title", "表的中文名", "sheet", "工作表", "field", "字段", "label", "中文表头");
        names("timeline.id", "来源记录", "timeline.reason", "原因/意见", "commitment.id", "承诺事项编号",
                "task_instance.name", "任务名称", "task_instance.state", "任务状态", "variable_change.name", "变量名",
                "attachment.name", "附件名称", "attachment.type", "附件类型", "identity_link.type", "关联类型",
                "comment.type", "记录类型", "user_operation.old_value", "原值", "process_instance.state", "结束状态",
                "scorecard.status", "状态", "closure_record.decision", "核验结论", "change_request.decision", "审批结论",
                "commitment_baseline.reason", "调整原因", "rating_record.reason", "评级依据", "rating_record.reporter",
                "所评报告的填报人", "scorecard.reviewed_by", "审核人", "field_dictionary.table_name", "表（文件名）");
    }

    private FieldNames() {
    }

    private static void names(String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            NAMES.put(pairs[i], pairs[i + 1]);
        }
    }

    /** The Chinese header of {@code field} in {@code table}; an unknown field keeps its English name. */
    static String label(String table, String field, boolean time) {
        String name = NAMES.getOrDefault(table + "." + field, NAMES.getOrDefault(field, field));
        return time ? name + BEIJING_TIME : name;
    }
}
