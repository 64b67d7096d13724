package cn.duban.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewPropertiesTest {

    @Test
    void theNumberOfOverdueTasksListedIsBetweenOneAndFiveThousand() {
        assertThat(new OverviewProperties(null, 1).overdueTasksListed()).isEqualTo(1);
        assertThat(new OverviewProperties(List.of("duchashi"), 5000).wholeLedgerGroups()).containsExactly("duchashi");
        for (int refused : new int[] {0, -3, 5001}) {
            assertThatThrownBy(() -> new OverviewProperties(List.of(), refused)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("duban.overview.overdue-tasks-listed").hasMessageContaining(String.valueOf(refused));
        }
    }
}
