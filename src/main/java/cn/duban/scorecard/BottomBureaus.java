package cn.duban.scorecard;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The explanation task's multi-instance collection, {@code ${bottomBureaus.list(explainingBureaus)}}: the variable
 * is kept as comma-separated text so that it reads plainly in Cockpit and needs no object serialization.
 */
@Component("bottomBureaus")
public class BottomBureaus {

    public List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
