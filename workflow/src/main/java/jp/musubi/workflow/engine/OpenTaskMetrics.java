package jp.musubi.workflow.engine;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jp.musubi.cms.common.Snapshot;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workload in the processes: {@code musubi.process.tasks.open} per process key (user tasks not
 * completed, whoever holds them), and {@code musubi.process.jobs} by kind — due timers, waiting async
 * jobs, and dead-letter jobs (failed all retries: someone must look). One grouped query per scrape.
 * A process deployed later (modeler) gets its gauge at the first scrape that sees one of its tasks.
 */
@Component
class OpenTaskMetrics implements MeterBinder {

    static final String OPEN_TASKS = "musubi.process.tasks.open";
    static final String JOBS = "musubi.process.jobs";

    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final Snapshot<Map<String, Long>> openTasks;
    private final Snapshot<Map<String, Long>> jobs;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;

    OpenTaskMetrics(ProcessEngine engine, JdbcClient jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.openTasks = new Snapshot<>(this::readOpenTasks, Duration.ofSeconds(1));
        this.jobs = new Snapshot<>(this::readJobs, Duration.ofSeconds(1));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        registerDeployedProcesses();
        for (String kind : new String[] {"timer", "async", "deadletter"}) {
            Gauge.builder(JOBS, jobs, snapshot -> snapshot.get().get(kind))
                    .tag("kind", kind)
                    .description("Flowable jobs: timers, async continuations, and failed ones (dead letter)")
                    .register(registry);
        }
    }

    /** The processes are deployed after the meters are bound: their gauges are added once the application is up. */
    @EventListener(ApplicationReadyEvent.class)
    void registerDeployedProcesses() {
        engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey)
                .forEach(this::register);
    }

    private void register(String processKey) {
        MeterRegistry target = registry;
        if (target != null && registered.add(processKey)) {
            Gauge.builder(OPEN_TASKS, openTasks, snapshot -> snapshot.get().getOrDefault(processKey, 0L))
                    .tag("process", processKey)
                    .description("Open user tasks by process")
                    .register(target);
        }
    }

    private Map<String, Long> readOpenTasks() {
        Map<String, Long> counts = new HashMap<>();
        // Flowable's own tables: the task query API cannot group, and one query per process would not scale.
        jdbc.sql("SELECT d.KEY_ AS process_key, COUNT(*) AS n FROM ACT_RU_TASK t"
                        + " JOIN ACT_RE_PROCDEF d ON t.PROC_DEF_ID_ = d.ID_ GROUP BY d.KEY_")
                .query((rs, row) -> Map.entry(rs.getString("process_key"), rs.getLong("n")))
                .list()
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        counts.keySet().forEach(this::register);
        return counts;
    }

    private Map<String, Long> readJobs() {
        var management = engine.getManagementService();
        return Map.of("timer", management.createTimerJobQuery().count(),
                "async", management.createJobQuery().count(),
                "deadletter", management.createDeadLetterJobQuery().count());
    }
}
