package cn.duban.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * {@code -Dbenchmark.jfr=<directory>}: a Flight Recorder profile of what a benchmark runs until {@link #close()}, one
 * file per recording, for {@code jfr print --events ExecutionSample}. Without the property it records nothing.
 */
public final class FlightRecording implements AutoCloseable {

    private final Recording recording;

    private FlightRecording(Recording recording) {
        this.recording = recording;
    }

    public static FlightRecording start(String name) {
        String directory = System.getProperty("benchmark.jfr");
        if (directory == null) {
            return new FlightRecording(null);
        }
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.setDestination(Path.of(directory, name + "-" + System.currentTimeMillis() + ".jfr"));
            recording.start();
            return new FlightRecording(recording);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("the JDK's profile settings do not parse", e);
        }
    }

    @Override
    public void close() {
        if (recording != null) {
            recording.stop();
            recording.close();
        }
    }
}
