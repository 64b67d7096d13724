package cn.duban.audit;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a table on a thread of its own while the caller writes it: the database's next rows are fetched and turned
 * into text while the previous ones are formatted, compressed and hashed, as {@code COPY | gzip} overlaps the server
 * and the compressor. Rows cross in batches of {@value #BATCH} through a queue of {@value #BATCHES}, so memory holds a
 * few thousand rows whatever the table's size. A failure on either side stops both.
 */
final class Prefetch {

    private static final int BATCH = 500;
    private static final int BATCHES = 8;
    private static final Object[] END = new Object[0];

    private Prefetch() {
    }

    private record Header(List<String> columns, List<String> labels) {
    }

    private record Failure(Throwable cause) {
    }

    static void read(KeysetReader reader, ExportTable table, ExportFilter filter, KeysetReader.TableSink sink)
            throws SQLException, IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
        Producer producer = new Producer(reader, table, filter, queue);
        Thread thread = new Thread(producer, "audit-export-read-" + table.name());
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    return;
                }
                if (item instanceof Header header) {
                    sink.header(header.columns(), header.labels());
                } else if (item instanceof Failure failure) {
                    if (failure.cause() instanceof SQLException sql) {
                        throw sql;
                    }
                    if (failure.cause() instanceof IOException io) {
                        throw io;
                    }
                    if (failure.cause() instanceof Error error) {
                        throw error;
                    }
                    throw (RuntimeException) failure.cause();
                } else {
                    for (Object row : (Object[]) item) {
                        if (row == null) {
                            break;
                        }
                        sink.row((String[]) row);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("审计导出被中断");
        } finally {
            producer.stopped = true;
            thread.interrupt();
        }
    }

    private static final class Producer implements Runnable, KeysetReader.TableSink {
        private final KeysetReader reader;
        private final ExportTable table;
        private final ExportFilter filter;
        private final BlockingQueue<Object> queue;
        private Object[] batch = new Object[BATCH];
        private int size;
        volatile boolean stopped;

        Producer(KeysetReader reader, ExportTable table, ExportFilter filter, BlockingQueue<Object> queue) {
            this.reader = reader;
            this.table = table;
            this.filter = filter;
            this.queue = queue;
        }

        @Override
        public void run() {
            try {
                reader.read(table, filter, this);
                flush();
                put(END);
            } catch (Throwable e) {
                if (!stopped) {
                    queue.clear();
                    queue.offer(new Failure(e));
                }
            }
        }

        @Override
        public void header(List<String> columns, List<String> labels) throws IOException {
            put(new Header(columns, labels));
        }

        @Override
        public void row(String[] values) throws IOException {
            batch[size++] = values;
            if (size == BATCH) {
                flush();
            }
        }

        private void flush() throws IOException {
            if (size > 0) {
                put(batch);
                batch = new Object[BATCH];
                size = 0;
            }
        }

        /** Waits for room; gives up when the writer has stopped, so the connection is released. */
        private void put(Object item) throws IOException {
            try {
                while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new InterruptedIOException("写出已停止");
                    }
                }
            } catch (InterruptedException e) {
                throw new InterruptedIOException("写出已停止");
            }
        }
    }
}
