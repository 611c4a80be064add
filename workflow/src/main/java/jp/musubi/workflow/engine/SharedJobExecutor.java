package jp.musubi.workflow.engine;

import java.time.Duration;

import jp.musubi.cms.node.NodeIdentity;
import org.flowable.job.service.impl.asyncexecutor.AbstractAsyncExecutor;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.stereotype.Component;

/**
 * Flowable's async executor on several nodes sharing one database. Every node runs it
 * ({@code flowable.async-executor-activate}); a node takes a due timer or async job by writing its
 * lock owner and lock expiry into {@code ACT_RU_TIMER_JOB}/{@code ACT_RU_JOB} with an optimistic
 * (revision) update, so of two nodes acquiring the same job one wins and the other skips it: each
 * fires once. The lock owner is this node's id (the same id as the outbox's {@code lease_node}), not a
 * random one, so an operator can tell which node holds a job. A node that dies keeps its locks until
 * they expire ({@code flowable.process.async.executor.timer-lock-time}/{@code async-job-lock-time},
 * 5 minutes in application.yml instead of Flowable's hour); another node's reset-expired-jobs thread
 * then frees them and they run there.
 */
@Component
class SharedJobExecutor implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    private final NodeIdentity node;

    SharedJobExecutor(NodeIdentity node) {
        this.node = node;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration configuration) {
        AsyncExecutor executor = configuration.getAsyncExecutor();
        if (executor instanceof AbstractAsyncExecutor shared) {
            shared.getConfiguration().setLockOwner(node.id());
        }
    }

    /** What the health endpoint shows of this node's executor. */
    static JobExecutorState state(AsyncExecutor executor) {
        if (executor == null) {
            return new JobExecutorState(false, null, null, null);
        }
        return new JobExecutorState(executor.isActive(), executor.getLockOwner(),
                Duration.ofMillis(executor.getTimerLockTimeInMillis()), Duration.ofMillis(executor.getAsyncJobLockTimeInMillis()));
    }

    /** This node's async executor: running, under which lock owner, and how long its locks last. */
    record JobExecutorState(boolean active, String lockOwner, Duration timerLockTime, Duration asyncJobLockTime) {
    }
}
