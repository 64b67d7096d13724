package cn.duban.scorecard;

/** Ids and variable names of {@code bpmn/scorecard.bpmn}. */
public final class ScorecardProcess {

    public static final String KEY = "scorecard";
    /** The calendar process whose timer start event calls {@code scorecard} every month. */
    public static final String CALENDAR_KEY = "scorecard-calendar";
    public static final String EVENT_MONTHLY = "Event_MonthlyRun";
    public static final String EVENT_ON_DEMAND = "Event_OnDemand";
    public static final String TASK_REVIEW = "Task_ReviewScorecard";
    public static final String TASK_APPROVE = "Task_ApprovePublication";
    /**
     * One bottom-ranked bureau's 说明情况, called once per bureau: the engine lets whoever may read a task's history read
     * every variable of its process instance, so each bureau's explanation lives in an instance of its own.
     */
    public static final String EXPLANATION_KEY = "scorecard-explanation";
    public static final String CALL_EXPLAIN = "Call_ExplainResults";
    /** The user task of {@link #EXPLANATION_KEY}. */
    public static final String TASK_EXPLAIN = "Task_ExplainResults";
    public static final String EVENT_PUBLISHED = "Event_Published";
    public static final String EVENT_DISCARDED = "Event_Discarded";

    public static final class Vars {
        public static final String PERIOD = "period";
        public static final String PERIOD_LABEL = "periodLabel";
        public static final String SCORECARD_ID = "scorecardId";
        public static final String DRAFT_SUMMARY = "draftSummary";
        /** Shown on the review form; the review gate decides from the stored rows again. */
        public static final String NOTHING_MEASURED = "nothingMeasured";
        public static final String SCORECARD_LINK = "scorecardLink";
        public static final String ALREADY_PUBLISHED = "alreadyPublished";
        public static final String ADJUSTMENTS = "adjustments";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String REVIEW_COMMENT = "reviewComment";
        public static final String APPROVAL_DECISION = "approvalDecision";
        public static final String APPROVAL_COMMENT = "approvalComment";
        public static final String APPROVED_BY = "approvedBy";
        public static final String EXPLAINING_BUREAUS = "explainingBureaus";
        public static final String EXPLAINING_BUREAU = "explainingBureau";
        public static final String EXPLAIN_RANKING = "explainRanking";
        public static final String EXPLAIN_SCORE = "explainScore";
        public static final String EXPLAIN_BUREAU_NAME = "explainBureauName";
        public static final String EXPLANATION = "explanation";
        public static final String MEASURES = "measures";
        public static final String CONTENT_HASH = "contentHash";

        private Vars() {
        }
    }

    private ScorecardProcess() {
    }
}
