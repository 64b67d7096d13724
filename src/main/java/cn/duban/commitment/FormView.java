package cn.duban.commitment;

/**
 * Task-local variables duban sets for a form to show, never read back: the progress form's title and the period's
 * 序时进度. No form field has these keys, so no submission can set them.
 */
public final class FormView {

    public static final String REPORT_TITLE = "reportTitle";
    public static final String PLANNED_TEXT = "periodPlannedText";
    public static final String PLANNED_VALUE = "periodPlannedValue";
    public static final String TARGET_TEXT = "targetInForceText";
    public static final String TARGET_VALUE = "targetInForceValue";

    private FormView() {
    }
}
