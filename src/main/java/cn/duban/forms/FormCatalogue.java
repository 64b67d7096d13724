package cn.duban.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every form file duban deploys ({@code bpmn/forms/*.form}), read once: the one place that says which variables a
 * task accepts. The same files are what Tasklist renders, so the server cannot drift from what a person sees.
 */
@Component
public class FormCatalogue {

    static final String LOCATION = "classpath*:bpmn/forms/*.form";

    private final Map<String, FormDefinition> forms;

    FormCatalogue() {
        this(read(LOCATION));
    }

    FormCatalogue(Map<String, FormDefinition> forms) {
        this.forms = forms;
    }

    public Optional<FormDefinition> form(String formId) {
        return Optional.ofNullable(forms.get(formId));
    }

    /** Keys a person must write anew every time the task is offered (custom property {@code fresh}). */
    public List<String> freshFields(String formId) {
        return form(formId).map(form -> form.all().stream().filter(FormField::fresh).map(FormField::key).toList())
                .orElse(List.of());
    }

    static Map<String, FormDefinition> read(String location) {
        Map<String, FormDefinition> forms = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                try (InputStream in = resource.getInputStream()) {
                    FormDefinition form = parse(json.readTree(in));
                    forms.put(form.id(), form);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("表单文件无法读取：" + location, e);
        }
        return forms;
    }

    static FormDefinition parse(JsonNode form) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields);
        return new FormDefinition(form.path("id").asText(), fields);
    }

    private static void collect(JsonNode components, Map<String, FormField> fields) {
        for (JsonNode component : components) {
            collect(component.path("components"), fields);
            String key = component.path("key").asText(null);
            FormField.FieldType type = FormField.FieldType.of(component.path("type").asText(""));
            if (key == null || type == FormField.FieldType.OTHER) {
                continue;
            }
            JsonNode validate = component.path("validate");
            boolean editable = !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false);
            List<String> options = new ArrayList<>();
            component.path("values").forEach(option -> options.add(option.path("value").asText()));
            fields.put(key, new FormField(key, component.path("label").asText(key), type, editable,
                    validate.path("required").asBoolean(false), component.has("conditional"),
                    component.path("properties").path("fresh").asText("").equals("true"),
                    validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
                    validate.has("min") ? new BigDecimal(validate.path("min").asText()) : null,
                    List.copyOf(options)));
        }
    }
}
