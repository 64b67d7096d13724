package cn.duban.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs several {@link TimedBurst}s at the same moment, each on its own copy and its own nodes, so that whatever the
 * host does to the machine's speed meanwhile (other guests' steal, its own load) falls on all of them alike: their
 * preparations in parallel, then their bursts released together. When the first burst ends, every run's jobs so far
 * are counted: over that common window the runs' rates compare like with like. One run alone is simply timed.
 */
final class SideBySide {

    private SideBySide() {
    }

    /** Each run's jobs and seconds until the first of the bursts finished (for that one, its whole burst). */
    static List<TimedBurst.Progress> run(List<TimedBurst> bursts) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(bursts.size());
        try {
            List<Future<Object>> prepared = new ArrayList<>();
            for (TimedBurst burst : bursts) {
                prepared.add(threads.submit(() -> {
                    burst.prepare();
                    return null;
                }));
            }
            for (Future<Object> preparation : prepared) {
                outcome(preparation);
            }
            CountDownLatch go = new CountDownLatch(1);
            ExecutorCompletionService<TimedBurst> ended = new ExecutorCompletionService<>(threads);
            for (TimedBurst burst : bursts) {
                ended.submit(released(go, burst));
            }
            go.countDown();
            outcome(ended.take());
            List<TimedBurst.Progress> window = new ArrayList<>();
            for (TimedBurst burst : bursts) {
                window.add(burst.progress());
            }
            for (int i = 1; i < bursts.size(); i++) {
                outcome(ended.take());
            }
            return window;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Callable<TimedBurst> released(CountDownLatch go, TimedBurst burst) {
        return () -> {
            go.await();
            burst.burst();
            return burst;
        };
    }

    private static <T> T outcome(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
