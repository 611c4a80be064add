package jp.musubi.workflow.issuecase;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 参加意向の集計: at the deadline, closes the collection (the case moves on to drafting the issue
 * page) and puts the number of participating municipalities in {@code participatingMunicipalities}.
 */
@Component("participationIntentTally")
class ParticipationIntentTally implements JavaDelegate {

    private final ParticipationIntents intents;
    private final IssueCaseRepository cases;
    private final CaseClock clock;

    ParticipationIntentTally(ParticipationIntents intents, IssueCaseRepository cases, CaseClock clock) {
        this.intents = intents;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseIds.of(execution);
        long participating = intents.list(caseId).stream().filter(ParticipationIntent::participates).count();
        cases.setStatus(caseId, IssueCaseStatus.PAGE_DRAFTING, clock.now());
        execution.setVariable("participatingMunicipalities", participating);
    }
}
