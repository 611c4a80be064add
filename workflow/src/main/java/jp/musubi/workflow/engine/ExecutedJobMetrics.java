package jp.musubi.workflow.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.impl.cfg.TransactionState;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.JobInfo;
import org.springframework.stereotype.Component;

/**
 * {@code musubi.process.jobs.executed} by job handler type ({@code trigger-timer} for the diagrams' timers,
 * {@code async-continuation}…): the jobs this node ran, counted once their transaction committed (a job
 * rolled back because another node got it first is not counted). On several nodes the sum over the nodes
 * is how often timers fired, and each node's share shows that its executor works.
 */
@Component
class ExecutedJobMetrics implements MeterBinder, FlowableEventListener {

    static final String EXECUTED = "musubi.process.jobs.executed";

    private final RuntimeService runtime;
    private volatile MeterRegistry registry;

    ExecutedJobMetrics(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        runtime.addEventListener(this, FlowableEngineEventType.JOB_EXECUTION_SUCCESS);
    }

    @Override
    public void onEvent(FlowableEvent event) {
        MeterRegistry registry = this.registry;
        if (registry == null) {
            return;
        }
        String type = event instanceof FlowableEntityEvent entity && entity.getEntity() instanceof JobInfo job
                && job.getJobHandlerType() != null ? job.getJobHandlerType() : "other";
        Counter.builder(EXECUTED).tag("type", type)
                .description("Flowable jobs (timers, async continuations) this node executed and committed")
                .register(registry).increment();
    }

    @Override
    public boolean isFailOnException() {
        return false;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return true;
    }

    @Override
    public String getOnTransaction() {
        return TransactionState.COMMITTED.name();
    }
}
