package cn.duban.forms;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The fields of one form file, by key. */
record FormDefinition(String id, Map<String, FormField> fields) {

    Optional<FormField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    Collection<FormField> all() {
        return fields.values();
    }
}
