package cn.duban.commitment;

/** Names shared by the {@code commitment} process model, its forms and the code that drives it. */
public final class CommitmentProcess {

    public static final String KEY = "commitment";

    public static final String TASK_WRITE_PLAN = "Task_WritePlan";
    public static final String TASK_REVIEW_PLAN = "Task_ReviewPlan";
    public static final String SUB_DISPATCH = "Sub_Dispatch";
    public static final String EVENT_REPORT_PERIOD_OPENS = "Event_ReportPeriodOpens";
    public static final String TASK_FILE_PROGRESS = "Task_FileProgress";
    public static final String EVENT_REMINDER_DUE = "Event_ReminderDue";
    public static final String EVENT_REPORT_OVERDUE = "Event_ReportOverdue";
    public static final String EVENT_QUARTER_ENDS = "Event_QuarterEnds";
    public static final String EVENT_MILESTONE_REACHED = "Event_MilestoneReached";
    public static final String EVENT_MILESTONE_MISSED = "Event_MilestoneMissed";
    public static final String EVENT_PROGRESS_ESCALATED = "Event_ProgressEscalated";
    public static final String EVENT_OVERDUE_ESCALATED = "Event_OverdueEscalated";
    public static final String TASK_ISSUE_NOTICE = "Task_IssueNotice";
    public static final String TASK_CORRECTIVE_PLAN = "Task_CorrectivePlan";
    public static final String TASK_REVIEW_CHANGE = "Task_ReviewChange";
    public static final String TASK_APPROVE_CHANGE = "Task_ApproveChange";
    public static final String EVENT_DEADLINE_PASSED = "Event_DeadlinePassed";
    public static final String TASK_EXPLAIN_OVERDUE = "Task_ExplainOverdue";
    public static final String EVENT_OVERDUE_UNFINISHED = "Event_OverdueUnfinished";
    public static final String TASK_APPLY_CLOSURE = "Task_ApplyClosure";
    public static final String TASK_VERIFY_CLOSURE = "Task_VerifyClosure";
    public static final String EVENT_CLOSED = "Event_Closed";
    public static final String MESSAGE_CHANGE_REQUESTED = "ChangeRequested";
    /** The supervision office (区政府督查室), candidate group of every review and supervision task. */
    public static final String SUPERVISION_OFFICE = "duchashi";

    /** Process variables. */
    public static final class Vars {
        public static final String COMMITMENT_ID = "commitmentId";
        public static final String TITLE = "commitmentTitle";
        public static final String SOURCE_SENTENCE = "sourceSentence";
        public static final String KIND = "kind";
        public static final String KIND_LABEL = "kindLabel";
        public static final String TARGET_TEXT = "targetText";
        public static final String TARGET_VALUE = "targetValue";
        public static final String TARGET_UNIT = "targetUnit";
        public static final String DIRECTION = "direction";
        public static final String DEADLINE = "deadline";
        public static final String LEAD_BUREAU = "leadBureau";
        public static final String LEAD_BUREAU_NAME = "leadBureauName";
        public static final String CO_BUREAU_NAMES = "coBureauNames";
        public static final String LEADER = "leader";
        public static final String LEADER_TITLE = "leaderTitle";
        public static final String TASK_FORCE = "taskForce";

        public static final String PLAN_DECISION = "planDecision";
        public static final String PLAN_REVIEW_COMMENT = "planReviewComment";

        public static final String DISPATCH_MODE = "dispatchMode";
        public static final String DISPATCH_MODE_LABEL = "dispatchModeLabel";
        public static final String DEADLINE_AT = "deadlineAt";
        public static final String REPORT_PERIOD = "reportPeriod";
        public static final String REPORT_PERIOD_END = "reportPeriodEnd";
        public static final String REPORT_DUE_AT = "reportDueAt";
        public static final String REMINDER_AT = "reminderAt";
        public static final String OVERDUE_ESCALATION_AT = "overdueEscalationAt";

        public static final String CUMULATIVE_VALUE = "cumulativeValue";
        public static final String PROGRESS_STATUS = "progressStatus";
        public static final String CORRECTION_REASON = "correctionReason";
        public static final String CONFIRM_ABOVE_TARGET = "confirmAboveTarget";
        public static final String WORK_DONE = "workDone";
        public static final String NEXT_STEPS = "nextSteps";
        public static final String PROBLEMS = "problems";
        public static final String DELAY_REASON = "delayReason";
        public static final String EVIDENCE = "evidence";
        public static final String REQUEST_CHANGE = "requestChange";
        public static final String CHANGE_NEW_DEADLINE = "changeNewDeadline";
        public static final String CHANGE_NEW_TARGET = "changeNewTarget";
        public static final String CHANGE_REASON = "changeReason";
        public static final String LAST_REPORT_SUMMARY = "lastReportSummary";
        public static final String LAST_CUMULATIVE_VALUE = "lastCumulativeValue";
        public static final String LAST_PROGRESS_STATUS = "lastProgressStatus";

        public static final String TRAJECTORY_RATIO = "trajectoryRatio";
        public static final String DAYS_OVERDUE = "daysOverdue";
        public static final String DAYS_TO_DEADLINE = "daysToDeadline";
        public static final String TARGET_REACHED = "targetReached";
        public static final String PROGRESS_PERCENT = "progressPercent";
        public static final String RATING_RESULT = "ratingResult";
        public static final String RATING = "rating";
        /** 绿灯/黄灯/红灯/蓝灯 beside {@link #RATING}, so that Cockpit's variable search works in Chinese. */
        public static final String RATING_LABEL = "ratingLabel";
        public static final String RATING_REASON = "ratingReason";
        public static final String PREVIOUS_RATING = "previousRating";
        public static final String ESCALATE = "escalate";
        public static final String ESCALATION_CAUSE = "escalationCause";

        public static final String MILESTONE_QUARTER = "milestoneQuarter";
        public static final String MILESTONE_REACHED = "milestoneReached";
        public static final String MORE_QUARTERS = "moreQuarters";

        public static final String NOTICE_REQUIREMENTS = "noticeRequirements";
        public static final String NOTICE_DUE_DATE = "noticeDueDate";
        public static final String SUPERVISION_NOTICE_ID = "supervisionNoticeId";
        public static final String TASK_FORCE_LEAD_NAME = "taskForceLeadName";
        public static final String CORRECTIVE_PLAN = "correctivePlan";

        public static final String CHANGE_REVIEW_DECISION = "changeReviewDecision";
        public static final String CHANGE_REVIEW_COMMENT = "changeReviewComment";
        public static final String CHANGE_DECISION = "changeDecision";
        public static final String CHANGE_APPROVAL_COMMENT = "changeApprovalComment";

        public static final String CLOSURE_SUMMARY = "closureSummary";
        public static final String CLOSURE_EVIDENCE = "closureEvidence";
        public static final String CLOSURE_APPLICANT = "closureApplicant";
        public static final String CLOSURE_DECISION = "closureDecision";
        public static final String CLOSURE_COMMENT = "closureComment";
        public static final String CLOSURE_VERIFIER = "closureVerifier";
        public static final String OVERDUE_EXPLANATION = "overdueExplanation";

        private Vars() {
        }
    }

    private CommitmentProcess() {
    }
}
