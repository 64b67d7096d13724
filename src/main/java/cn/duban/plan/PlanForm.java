package cn.duban.plan;

/** Field keys of the implementation plan form ({@code bpmn/forms/commitment-plan.form}). */
public final class PlanForm {

    public static final String FORM_ID = "commitment-plan";
    public static final String MEASURES = "measures";
    public static final String CONTACT_PERSON = "contactPerson";
    public static final String CONTACT_PHONE = "contactPhone";

    private PlanForm() {
    }

    /** Cumulative value planned for the end of {@code quarter} (1–4), quantitative commitments. */
    public static String plannedValue(int quarter) {
        return "plannedQ" + quarter;
    }

    /** Status planned for the end of {@code quarter} (1–4), project and qualitative commitments. */
    public static String plannedStatus(int quarter) {
        return "plannedStatusQ" + quarter;
    }
}
