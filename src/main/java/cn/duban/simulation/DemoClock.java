package cn.duban.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: after {@code simulate}, the engine clock stays where the simulated year stopped.
 * Otherwise the job executor would fire every timer of the rest of 2024 at the first start, and the demo
 * would show nothing but overdue items. The simulation records its end in {@code duban.demo.clock-file}.
 */
@Component
@Profile("demo")
public class DemoClock extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(DemoClock.class);

    private final Path file;

    DemoClock(@Value("${duban.demo.clock-file}") Path file) {
        this.file = file;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        read().ifPresent(time -> {
            ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
            log.info("演示时钟固定在模拟结束时刻 {}（删除 {} 可恢复真实时间）", time, file);
        });
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
}
