package jp.musubi.workflow.engine;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import jp.musubi.cms.common.RetentionRule;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Flowable's history ({@code process-history}): a process instance that ended more than
 * {@code musubi.retention.periods.process-history} ago is deleted from the history with everything
 * recorded about it (its activities, tasks, variables, identity links). Running instances are never
 * touched, however old. The features' own records (the case tables) follow their own rules; a case's
 * 経過 page shows no process steps once its history is gone.
 */
@Component
class ProcessHistoryRetention implements RetentionRule {

    private static final int BATCH = 200;

    private final HistoryService history;

    ProcessHistoryRetention(HistoryService history) {
        this.history = history;
    }

    @Override
    public String id() {
        return "process-history";
    }

    @Override
    public int eraseBefore(Instant cutoff) {
        int erased = 0;
        List<String> batch;
        do {
            batch = history.createHistoricProcessInstanceQuery().finished().finishedBefore(Date.from(cutoff))
                    .orderByProcessInstanceEndTime().asc().listPage(0, BATCH).stream()
                    .map(HistoricProcessInstance::getId).toList();
            if (!batch.isEmpty()) {
                history.bulkDeleteHistoricProcessInstances(batch);
                erased += batch.size();
            }
        } while (batch.size() == BATCH);
        return erased;
    }
}
