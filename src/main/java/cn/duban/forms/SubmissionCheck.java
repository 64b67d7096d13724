package cn.duban.forms;

import cn.duban.system.FieldRefusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cn.duban.system.Printable;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the variables of one form submission against its form file before the engine sees them: only the form's
 * own editable fields, each of the type its field holds, finite and in range, no longer than its limit, no control
 * characters. Returns the variables to pass on, re-typed; anything else is a {@link FieldRefusal} naming the field.
 * The task's listeners then apply the business rules to what is left.
 */
final class SubmissionCheck {

    /** Beyond this a figure is a typing error, and out of reach of duban's numeric(24, 4) columns. */
    static final BigDecimal LARGEST_FIGURE = new BigDecimal("1e15");
    private static final Set<String> NUMBER_TYPES = Set.of("Double", "Integer", "Long", "Short", "String");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FormDefinition form;
    private final String formName;
    private final Function<String, Object> current;

    SubmissionCheck(FormDefinition form, String formName, Function<String, Object> current) {
        this.form = form;
        this.formName = formName;
        this.current = current;
    }

    ObjectNode check(JsonNode variables) {
        ObjectNode accepted = NODES.objectNode();
        if (variables == null || variables.isNull() || variables.isMissingNode()) {
            return accepted;
        }
        if (!variables.isObject()) {
            throw new FieldRefusal("variables", "提交格式不正确：variables 应为以字段名为键的对象");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            FormField field = form.field(name).orElseThrow(() -> new FieldRefusal(name,
                    "「" + Printable.of(name) + "」不是「" + formName + "」表单的字段，不能提交；可提交的字段见表单"));
            JsonNode submitted = entry.getValue();
            if (submitted == null || !submitted.isObject() || !submitted.has("value")) {
                throw refuse(field, "提交格式不正确，应为 {\"value\": …, \"type\": …}");
            }
            if (submitted.hasNonNull("valueInfo") && submitted.get("valueInfo").size() > 0) {
                throw refuse(field, "不接受附加类型信息（valueInfo）");
            }
            String type = submitted.path("type").isTextual() ? submitted.get("type").asText() : null;
            JsonNode value = submitted.get("value");
            if (!field.editable()) {
                if (!unchanged(field, value)) {
                    throw refuse(field, "是只读字段，由系统填写，不能修改");
                }
                continue;
            }
            accepted.set(name, checked(field, type, value));
        }
        return accepted;
    }

    private JsonNode checked(FormField field, String type, JsonNode value) {
        if (value.isNull() && (type == null || "Null".equals(type) || "String".equals(type) || NUMBER_TYPES.contains(type)
                || "Boolean".equals(type))) {
            return typed(NODES.nullNode(), "Null");
        }
        return switch (field.type()) {
            case NUMBER -> typed(NODES.numberNode(number(field, type, value).doubleValue()), "Double");
            case CHECKBOX -> typed(NODES.booleanNode(flag(field, type, value)), "Boolean");
            default -> typed(NODES.textNode(text(field, type, value)), "String");
        };
    }

    private BigDecimal number(FormField field, String type, JsonNode value) {
        if (type != null && !NUMBER_TYPES.contains(type)) {
            throw refuse(field, "须为数字，不接受所提交的类型");
        }
        BigDecimal number;
        if (value.isNumber() && !Double.isNaN(value.asDouble()) && !Double.isInfinite(value.asDouble())) {
            number = value.decimalValue();
        } else if (value.isTextual() && !value.asText().isBlank()) {
            try {
                number = new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                throw refuse(field, "须为有限的数字");
            }
        } else {
            throw refuse(field, "须为有限的数字");
        }
        if (number.abs().compareTo(LARGEST_FIGURE) >= 0) {
            throw refuse(field, "超出允许范围（绝对值须小于 10^15）");
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            throw refuse(field, "不能小于 " + field.min().toPlainString());
        }
        return number;
    }

    private boolean flag(FormField field, String type, JsonNode value) {
        if (type != null && !"Boolean".equals(type) && !"String".equals(type)) {
            throw refuse(field, "须为是/否（true 或 false）");
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        throw refuse(field, "须为是/否（true 或 false）");
    }

    private String text(FormField field, String type, JsonNode value) {
        if (type != null && !"String".equals(type)) {
            throw refuse(field, "须为文字，不接受所提交的类型");
        }
        if (!value.isTextual()) {
            throw refuse(field, "须为文字");
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        if (length > field.lengthLimit()) {
            throw refuse(field, "不能超过 " + field.lengthLimit() + " 个字（提交了 " + length + " 个）");
        }
        if (text.codePoints().anyMatch(Printable::forbidden)) {
            throw refuse(field, "含有不可见的控制字符或不成对的代理字符，请删除后重新提交");
        }
        if (!field.options().isEmpty() && !text.isEmpty() && !field.options().contains(text)) {
            throw refuse(field, "须为以下选项之一：" + String.join("、", field.options()));
        }
        return text;
    }

    /** NUL and other C0 controls (but tab and line breaks), DEL, bidirectional overrides and isolates, lone surrogates. */


    private boolean unchanged(FormField field, JsonNode value) {
        Object stored = current.apply(field.key());
        if (value.isNull()) {
            return stored == null;
        }
        String submitted = value.isTextual() ? value.asText() : value.toString();
        return stored != null && (Objects.equals(submitted, stored.toString()) || sameNumber(submitted, stored));
    }

    private static boolean sameNumber(String submitted, Object stored) {
        if (!(stored instanceof Number)) {
            return false;
        }
        try {
            return new BigDecimal(submitted).compareTo(new BigDecimal(stored.toString())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static ObjectNode typed(JsonNode value, String type) {
        ObjectNode node = NODES.objectNode();
        node.set("value", value);
        node.put("type", type);
        return node;
    }

    private static FieldRefusal refuse(FormField field, String reason) {
        return new FieldRefusal(field.key(), field.describe() + reason);
    }
}
