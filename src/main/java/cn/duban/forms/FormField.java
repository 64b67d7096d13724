package cn.duban.forms;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a Camunda form file as duban enforces it on the server: its key and label, whether a person may
 * write it (disabled fields only show engine state), its limits, and whether it must be written anew each time
 * (custom property {@code fresh}: the task starts with it empty, so last period's text cannot stand in for it).
 */
record FormField(String key, String label, FieldType type, boolean editable, boolean required, boolean conditional,
        boolean fresh, Integer maxLength, BigDecimal min, List<String> options) {

    /** Longest text accepted where the form sets no {@code maxLength}: the longest column duban stores such text in. */
    static final int TEXTAREA_LIMIT = 4000;
    static final int TEXTFIELD_LIMIT = 200;

    int lengthLimit() {
        if (maxLength != null) {
            return maxLength;
        }
        return type == FieldType.TEXTAREA ? TEXTAREA_LIMIT : TEXTFIELD_LIMIT;
    }

    String describe() {
        return "「" + label + "」(" + key + ")";
    }

    /** The kinds of form-js components duban's forms use; display-only kinds carry no value. */
    enum FieldType {
        TEXTFIELD, TEXTAREA, NUMBER, CHECKBOX, SELECT, RADIO, DATETIME, OTHER;

        static FieldType of(String formJsType) {
            return switch (formJsType) {
                case "textfield" -> TEXTFIELD;
                case "textarea" -> TEXTAREA;
                case "number" -> NUMBER;
                case "checkbox" -> CHECKBOX;
                case "select" -> SELECT;
                case "radio" -> RADIO;
                case "datetime" -> DATETIME;
                default -> OTHER;
            };
        }
    }
}
