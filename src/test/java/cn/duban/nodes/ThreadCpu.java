package cn.duban.nodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The nodes' JVM CPU by kind of thread (the job executor's, the HTTP server's, the garbage collector's, the JIT's, …),
 * from each thread's {@code /proc/<pid>/task/<tid>/stat}: where a node's CPU per job goes, so that what a second node
 * adds can be told apart from what each job costs. A kind is the thread's name (as Linux keeps it, 15 characters)
 * without its trailing number.
 */
record ThreadCpu(Map<String, Thread> threads, long processes) {

    /** One thread: its kind and its CPU so far in clock ticks. */
    record Thread(String kind, long ticks) {
    }

    static ThreadCpu now(Collection<ServerProcess> servers) {
        Map<String, Thread> threads = new HashMap<>();
        long processes = 0;
        for (ServerProcess server : servers) {
            Path process = Path.of("/proc", Long.toString(server.pid()));
            processes += ticks(read(process.resolve("stat")));
            try (Stream<Path> tasks = Files.list(process.resolve("task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    String stat = read(task.resolve("stat"));
                    if (!stat.isEmpty()) {
                        threads.put(server.pid() + "/" + task.getFileName(), new Thread(kind(command(stat)), ticks(stat)));
                    }
                }
            } catch (IOException gone) {
                // the process ended meanwhile
            }
        }
        return new ThreadCpu(threads, processes);
    }

    /**
     * CPU seconds by kind from this reading to {@code later}, the threads alive at {@code later} (those started since
     * from zero); what threads that ended meanwhile used is the remainder of the processes' own figure, under
     * {@link #ENDED}.
     */
    Map<String, Double> secondsUntil(ThreadCpu later) {
        Map<String, Long> byKind = new TreeMap<>();
        later.threads.forEach((id, thread) -> byKind.merge(thread.kind(),
                thread.ticks() - (threads.containsKey(id) ? threads.get(id).ticks() : 0), Long::sum));
        long named = byKind.values().stream().mapToLong(Long::longValue).sum();
        byKind.put(ENDED, Math.max(0, later.processes - processes - named));
        Map<String, Double> seconds = new TreeMap<>();
        byKind.forEach((kind, ticks) -> seconds.put(kind, ticks / CpuTime.TICKS_PER_SECOND));
        return seconds;
    }

    static final String ENDED = "(threads ended meanwhile)";

    /** The {@code top} kinds by CPU, "kind s" each, then the rest together. */
    static String largest(Map<String, Double> seconds, int top) {
        var ordered = seconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).toList();
        String shown = ordered.stream().limit(top)
                .map(kind -> String.format("%s %.1f", kind.getKey(), kind.getValue()))
                .collect(Collectors.joining(", "));
        double rest = ordered.stream().skip(top).mapToDouble(Map.Entry::getValue).sum();
        return ordered.size() > top ? shown + String.format(", other %.1f", rest) : shown;
    }

    /** "camundaTaskExec" stays, "GC Thread#1" is "GC Thread", "http-nio-8081-exec-12" (as "http-nio-8081-e") stays. */
    static String kind(String name) {
        return name.replaceAll("[#\\-_ ]*\\d+$", "").strip();
    }

    /** The command between the first '(' and the last ')' of a stat line (a thread's name may hold both). */
    static String command(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    /** utime + stime of a stat line (fields 14 and 15, counted across the command). */
    static long ticks(String stat) {
        if (stat.isEmpty()) {
            return 0;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String read(Path stat) {
        try {
            return Files.readString(stat, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }
}
