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
        Map<String, Long> grown = TimedBurst.increase(Map.of("node-1", 40L, "prep", 7L),
                Map.of("node-1", 90L, "node-2", 25L, "prep", 7L));

        assertThat(grown).containsExactlyInAnyOrderEntriesOf(Map.of("node-1", 50L, "node-2", 25L, "prep", 0L));
    }

    @Test
    void commasRunOneAfterTheOtherAndPlusJoinsRunsSideBySide() {
        assertThat(ClusterThroughputBenchmark.runs("1,2,3")).containsExactly(List.of(1), List.of(2), List.of(3));
        assertThat(ClusterThroughputBenchmark.runs("1+2, 1 + 2,3")).containsExactly(List.of(1, 2), List.of(1, 2), List.of(3));
    }

    @Test
    void aRunWithoutNodesOrAnUnreadableCountIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ClusterThroughputBenchmark.runs("1+0"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ClusterThroughputBenchmark.runs("1+"));
    }

    @Test
    void aThreadsKindIsItsNameWithoutTheTrailingNumber() {
        assertThat(ThreadCpu.kind("GC Thread#1")).isEqualTo("GC Thread");
        assertThat(ThreadCpu.kind("G1 Conc#0")).isEqualTo("G1 Conc");
        assertThat(ThreadCpu.kind("HikariPool-1 ho")).isEqualTo("HikariPool-1 ho");
        assertThat(ThreadCpu.kind("http-nio-8081-e")).isEqualTo("http-nio-8081-e");
        assertThat(ThreadCpu.kind("pool-2-thread-17")).isEqualTo("pool-2-thread");
        assertThat(ThreadCpu.kind("C1 CompilerThre")).isEqualTo("C1 CompilerThre");
    }

    @Test
    void readsUserAndSystemTicksAcrossANameWithParenthesesAndSpaces() {
        String stat = "4242 (a (b) c) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 70 0 0 20 0 40 0 12345 0 0";

        assertThat(ThreadCpu.command(stat)).isEqualTo("a (b) c");
        assertThat(ThreadCpu.ticks(stat)).isEqualTo(320);
    }

    @Test
    void cpuByKindCountsNewThreadsFromZeroAndPutsWhatEndedThreadsUsedInTheRemainder() {
        ThreadCpu before = new ThreadCpu(Map.of(
                "1/10", new ThreadCpu.Thread("camundaTaskExec", 100),
                "1/11", new ThreadCpu.Thread("camundaTaskExec", 50),
                "1/12", new ThreadCpu.Thread("GC Thread", 20),
                "1/13", new ThreadCpu.Thread("http-nio-8081-e", 5)), 200);
        // 1/13 ended (it had used 30 ticks more); 1/14 started and used 40
        ThreadCpu after = new ThreadCpu(Map.of(
                "1/10", new ThreadCpu.Thread("camundaTaskExec", 300),
                "1/11", new ThreadCpu.Thread("camundaTaskExec", 150),
                "1/12", new ThreadCpu.Thread("GC Thread", 70),
                "1/14", new ThreadCpu.Thread("http-nio-8081-e", 40)), 200 + 200 + 100 + 50 + 40 + 30);

        Map<String, Double> seconds = before.secondsUntil(after);

        assertThat(seconds).containsExactlyInAnyOrderEntriesOf(Map.of("camundaTaskExec", 3.0, "GC Thread", 0.5,
                "http-nio-8081-e", 0.4, ThreadCpu.ENDED, 0.3));
        assertThat(ThreadCpu.largest(seconds, 2)).isEqualTo(String.format("camundaTaskExec %.1f, GC Thread %.1f, other %.1f",
                3.0, 0.5, 0.7));
    }

    @Test
    void machineLineGivesBusyTotalAndStolenTicks() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        long[] machine = CpuTime.machine("cpu  2000 10 300 6000 40 0 50 600 0 0");

        assertThat(machine).containsExactly(2000 + 10 + 300 + 50 + 600, 2000 + 10 + 300 + 6000 + 40 + 50 + 600, 600);
    }
}
