package jp.musubi.workflow.issuecase;

import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks that only move the issue page's publicStatus (and the case's status). */
@Configuration(proxyBeanMethods = false)
class IssueStatusDelegates {

    /** 公開状態の更新（選定中）: after the proposal review. */
    @Bean
    JavaDelegate issueSelectingDelegate(IssuePages pages, IssueCaseRepository cases, CaseClock clock) {
        return execution -> {
            long caseId = CaseIds.of(execution);
            pages.changePublicStatus(caseId, PublicStatus.SELECTING);
            cases.setStatus(caseId, IssueCaseStatus.SELECTING, clock.now());
        };
    }

    /** 課題の終了（終了）: the call ended without proposals. */
    @Bean
    JavaDelegate issueClosingDelegate(IssuePages pages, IssueCaseRepository cases, CaseClock clock) {
        return execution -> {
            long caseId = CaseIds.of(execution);
            pages.changePublicStatus(caseId, PublicStatus.CLOSED);
            cases.setStatus(caseId, IssueCaseStatus.CLOSED, clock.now());
        };
    }
}
