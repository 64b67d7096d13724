package cn.duban.overview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.testing.CleanSlate;
import cn.duban.testing.PostgresWebTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OverviewPagesContract} on PostgreSQL, from an empty database. */
@PostgresWebTest
class OverviewPagesTest extends OverviewPagesContract {

    @Override
    void importTheLedger() {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        importRealLedger();
    }

    @Test
    void theDatabaseOrdersTheTitlesOtherwiseThanJavaSoTheContractWouldSeeAMissingCodePointOrder() {
        List<String> byDatabase = jdbc.queryForList("select t from unnest(?::text[]) t order by t", String.class,
                (Object) TITLES.toArray(String[]::new));
        List<String> byCodePoint = TITLES.stream().sorted().toList();
        assertThat(byDatabase).containsExactlyInAnyOrderElementsOf(byCodePoint).isNotEqualTo(byCodePoint);
        assertThat(jdbc.queryForList("select t from unnest(?::text[]) t order by t collate \"C\"", String.class,
                (Object) TITLES.toArray(String[]::new))).isEqualTo(byCodePoint);
    }

    @Test
    void theIndexesThePagesReadAreThere() {
        // the default first page in code-point order, and the overdue tasks by due date (the engine has no such index)
        assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname in (?, ?)", String.class,
                "commitment_standing_code_point", TaskDueDateIndex.NAME))
                .containsExactlyInAnyOrder("commitment_standing_code_point", TaskDueDateIndex.NAME);
    }
}
