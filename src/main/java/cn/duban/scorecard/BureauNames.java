package cn.duban.scorecard;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Short names of the bureaus, for summaries, pages and downloads. */
@Component
class BureauNames {

    private final JdbcTemplate jdbc;

    BureauNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> all() {
        return jdbc.queryForList("select id, short_name from bureau").stream()
                .collect(Collectors.toMap(row -> (String) row.get("id"), row -> (String) row.get("short_name")));
    }
}
