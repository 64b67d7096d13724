package cn.duban.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a benchmark step cost besides time: peak heap, database size, history rows. */
final class Footprint {

    private Footprint() {
    }

    /** Resets the heap pools' peaks after a collection, so {@link #peakHeapMiB()} reports this step alone. */
    static void resetHeapPeak() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The highest heap occupancy since {@link #resetHeapPeak()}, garbage not yet collected included. */
    static long peakHeapMiB() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    static long databaseMiB(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select pg_database_size(current_database())", Long.class) >> 20;
    }

    /** Rows in every engine history table (ACT_HI_*), counted exactly. */
    static long historyRows(JdbcTemplate jdbc) {
        long rows = 0;
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and lower(table_name) like 'act\\_hi\\_%'", String.class)) {
            rows += jdbc.queryForObject("select count(*) from " + table, Long.class);
        }
        return rows;
    }

    /** The {@code p}-th percentile (0–100) of {@code millis}, nearest rank. */
    static double percentile(List<Double> millis, double p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
