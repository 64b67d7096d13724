package cn.duban.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic behind the cluster benchmark's table, checked without starting a node. */
class BenchmarkFiguresTest {

    @Test
    void readsOneGroupsCpuStatAndIgnoresOtherLines() {
        CpuSlices.Throttling stat = CpuSlices.Throttling.parse(List.of(
                "nr_periods 1200", "nr_throttled 300", "throttled_time 4500000000", "nr_bursts 0", ""));

        assertThat(stat).isEqualTo(new CpuSlices.Throttling(1200, 300, 4_500_000_000L));
    }

    @Test
    void sumsGroupsAndReportsTheShareOfPeriodsThrottledSinceAnEarlierReading() {
        CpuSlices.Throttling earlier = new CpuSlices.Throttling(100, 10, 1_000_000_000L);
        CpuSlices.Throttling later = CpuSlices.Throttling.parse(List.of("nr_periods 200", "nr_throttled 40",
                "throttled_time 2000000000")).plus(CpuSlices.Throttling.parse(List.of("nr_periods 100",
                "nr_throttled 50", "throttled_time 1500000000")));

        assertThat(later).isEqualTo(new CpuSlices.Throttling(300, 90, 3_500_000_000L));
        assertThat(later.since(earlier)).isEqualTo(String.format("%.0f %% (%.1f s)", 40.0, 2.5));
    }

    @Test
    void noPeriodsElapsedIsZeroPercentNotADivisionByZero() {
        CpuSlices.Throttling same = new CpuSlices.Throttling(100, 10, 0);

        assertThat(same.since(same)).isEqualTo(String.format("%.0f %% (%.1f s)", 0.0, 0.0));
    }

    @Test
    void increaseCountsKeysNewSinceBeforeFromZeroAndKeepsUnchangedOnesAtZero() {
        Map<String, Long> grown = ClusterThroughputBenchmark.increase(Map.of("node-1", 40L, "prep", 7L),
                Map.of("node-1", 90L, "node-2", 25L, "prep", 7L));

        assertThat(grown).containsExactlyInAnyOrderEntriesOf(Map.of("node-1", 50L, "node-2", 25L, "prep", 0L));
    }
}
