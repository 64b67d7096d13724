package cn.duban.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: after {@code simulate}, the engine clock stays where the simulated year stopped.
 * Otherwise the job executor would fire every timer of the rest of 2024 at the first start, and the demo
 * would show nothing but overdue items. The simulation records its end in {@code duban.demo.clock-file}.
 * <p>
 * With {@code duban.demo.clock-follow} set to an interval the server keeps reading the file, so whoever demonstrates
 * (or a test driving separate server processes) moves the demo forward by writing a later time into it; each time
 * taken over is written back to {@code <clock-file>.applied}.
 */
@Component
@Profile("demo")
public class DemoClock extends AbstractProcessEnginePlugin implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoClock.class);

    private final Path file;
    private final Duration follow;
    private ScheduledExecutorService follower;
    private volatile LocalDateTime applied;

    DemoClock(@Value("${duban.demo.clock-file}") Path file, @Value("${duban.demo.clock-follow:0s}") Duration follow) {
        this.file = file;
        this.follow = follow;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        read().ifPresent(time -> {
            apply(time);
            log.info("演示时钟固定在模拟结束时刻 {}（删除 {} 可恢复真实时间）", time, file);
        });
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (follow.isZero() || follow.isNegative()) {
            return;
        }
        applied = null;
        follower = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "demo-clock");
            thread.setDaemon(true);
            return thread;
        });
        follower.scheduleWithFixedDelay(this::takeOverFileTime, 0, follow.toMillis(), TimeUnit.MILLISECONDS);
        log.info("演示时钟跟随 {}，每 {} 毫秒读取一次", file, follow.toMillis());
    }

    private void takeOverFileTime() {
        try {
            read().filter(time -> !time.equals(applied)).ifPresent(this::apply);
        } catch (UncheckedIOException | DateTimeParseException e) {
            // a file being rewritten is read again at the next turn
            log.debug("demo clock file not readable yet: {}", e.getMessage());
        }
    }

    private void apply(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
        applied = time;
        if (follower != null) {
            try {
                Files.writeString(file.resolveSibling(file.getFileName() + ".applied"), time.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Optional<LocalDateTime> read() {
        try {
            return Files.isRegularFile(file) ? Optional.of(LocalDateTime.parse(Files.readString(file).strip())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(LocalDateTime time) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, time.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() {
        if (follower != null) {
            follower.shutdownNow();
        }
    }
}
