package cn.duban.system;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Server-side checks of a submitted form. Collects every problem, each naming the field by its Chinese label
 * and key, then refuses the submission at once; the engine rolls back and the task stays open.
 */
public final class FormCheck {

    private final String formName;
    private final VariableScope values;
    private final List<String> problems = new ArrayList<>();
    private String firstField;

    private FormCheck(String formName, VariableScope values) {
        this.formName = formName;
        this.values = values;
    }

    public static FormCheck of(String formName, VariableScope values) {
        return new FormCheck(formName, values);
    }

    public String text(String key) {
        Object value = values.getVariable(key);
        return value == null ? "" : value.toString().strip();
    }

    public Optional<BigDecimal> number(String key) {
        Object value = values.getVariable(key);
        if (value instanceof Number number) {
            return Optional.of(new BigDecimal(number.toString()));
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Optional.of(new BigDecimal(text.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public boolean flag(String key) {
        Object value = values.getVariable(key);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    public FormCheck required(String key, String label) {
        if (text(key).isEmpty()) {
            problem(key, label, "必填");
        }
        return this;
    }

    public FormCheck minLength(String key, String label, int length) {
        if (text(key).length() < length) {
            problem(key, label, "必填，且不少于" + length + "个字");
        }
        return this;
    }

    public FormCheck oneOf(String key, String label, List<String> allowed) {
        if (!allowed.contains(text(key))) {
            problem(key, label, "必选：" + String.join("、", allowed));
        }
        return this;
    }

    /** A {@code YYYY-MM-DD} date, or empty after recording a problem. */
    public Optional<LocalDate> date(String key, String label) {
        try {
            return Optional.of(LocalDate.parse(text(key)));
        } catch (DateTimeParseException e) {
            problem(key, label, "须为有效日期（YYYY-MM-DD）");
            return Optional.empty();
        }
    }

    public void problem(String key, String label, String reason) {
        if (firstField == null) {
            firstField = key;
        }
        problems.add("「" + label + "」(" + key + ") " + reason);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Refuses the submission when any check failed. */
    public void verify() {
        if (!problems.isEmpty()) {
            throw new FieldRefusal(firstField, formName + "未通过校验：" + String.join("；", problems));
        }
    }
}
