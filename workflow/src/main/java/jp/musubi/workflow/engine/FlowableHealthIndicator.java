package jp.musubi.workflow.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import org.flowable.engine.ProcessEngine;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the workflow engine in {@code /actuator/health}. Flowable 8's actuator starter is not
 * published, so the product brings its own: the engine answers a query on its own tables, and the
 * details say whether this node's job executor runs, with its lock owner and lock times
 * ({@link SharedJobExecutor}).
 */
@Component("flowable")
class FlowableHealthIndicator implements HealthIndicator {

    private final ProcessEngine engine;

    FlowableHealthIndicator(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public Health health() {
        long definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
        long running = engine.getRuntimeService().createProcessInstanceQuery().count();
        SharedJobExecutor.JobExecutorState executor =
                SharedJobExecutor.state(engine.getProcessEngineConfiguration().getAsyncExecutor());
        Map<String, Object> jobExecutor = new LinkedHashMap<>();
        jobExecutor.put("active", executor.active());
        jobExecutor.put("lockOwner", executor.lockOwner());
        jobExecutor.put("timerLockTime", String.valueOf(executor.timerLockTime()));
        jobExecutor.put("asyncJobLockTime", String.valueOf(executor.asyncJobLockTime()));
        return Health.up()
                .withDetail("engine", engine.getName())
                .withDetail("processDefinitions", definitions)
                .withDetail("runningInstances", running)
                .withDetail("jobExecutor", jobExecutor)
                .build();
    }
}
