package jp.musubi.workflow.engine;

import org.flowable.engine.ProcessEngine;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the workflow engine in {@code /actuator/health}. Flowable 8's actuator starter is not
 * published, so the product brings its own: the engine answers a query on its own tables.
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
        return Health.up()
                .withDetail("engine", engine.getName())
                .withDetail("processDefinitions", definitions)
                .withDetail("runningInstances", running)
                .build();
    }
}
