package cn.duban.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Health component {@code jobExecutor}: is the engine's job executor running? Without it no timer fires — no monthly
 * report opens, no reminder or escalation is sent. DOWN when it should run and does not; UP, saying so, on a node
 * configured to run no jobs ({@code camunda.bpm.job-execution.enabled=false}, e.g. a second web-only node). Camunda's
 * own indicator ({@code management.health.camunda.enabled}, off) would report such a node DOWN.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

    /** The starter's switch; unset means on (its {@code JobExecutionProperty} reads false then, so it is not asked). */
    static final String ENABLED = "camunda.bpm.job-execution.enabled";

    private final ProcessEngine engine;
    private final boolean enabled;
    private final EngineBacklog backlog;

    JobExecutorHealth(ProcessEngine engine, Environment environment, EngineBacklog backlog) {
        this.engine = engine;
        this.enabled = environment.getProperty(ENABLED, Boolean.class, true);
        this.backlog = backlog;
    }

    @Override
    public Health health() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean active = executor != null && executor.isActive();
        Health.Builder health = enabled && !active ? Health.down() : Health.up();
        health.withDetail("enabled", enabled).withDetail("active", active)
                .withDetail("jobsDue", backlog.jobsDue()).withDetail("jobsFailed", backlog.jobsFailed());
        if (executor != null) {
            health.withDetail("lockOwner", executor.getLockOwner());
        }
        if (!enabled) {
            health.withDetail("message", "本节点按配置不执行作业（camunda.bpm.job-execution.enabled=false）：须有另一节点执行定时器和异步任务");
        } else if (!active) {
            health.withDetail("message", "作业执行器未运行：定时器（月报开启、提醒、逾期督办）和异步任务都不会执行");
        }
        return health.build();
    }
}
