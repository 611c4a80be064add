package jp.musubi.workflow.issuecase;

import org.flowable.engine.delegate.DelegateExecution;

/** Reads the case id a process instance of issue-to-matching carries. */
final class CaseIds {

    private CaseIds() {
    }

    static long of(DelegateExecution execution) {
        return ((Number) execution.getVariable(IssueCases.CASE_ID)).longValue();
    }
}
