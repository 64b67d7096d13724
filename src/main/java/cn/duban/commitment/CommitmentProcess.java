package cn.duban.commitment;

/** Names shared by the {@code commitment} process model, its forms and the code that drives it. */
public final class CommitmentProcess {

    public static final String KEY = "commitment";

    public static final String TASK_WRITE_PLAN = "Task_WritePlan";

    /** Context shown on every form; set once when the commitment starts. */
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
        public static final String LEADER_TITLE = "leaderTitle";
        public static final String TASK_FORCE = "taskForce";

        private Vars() {
        }
    }

    private CommitmentProcess() {
    }
}
