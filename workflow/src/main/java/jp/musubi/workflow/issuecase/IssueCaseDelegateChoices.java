package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import jp.musubi.workflow.delegate.ProcessDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code issue-to-matching} a diagram may call. */
@Configuration(proxyBeanMethods = false)
class IssueCaseDelegateChoices {

    @Bean
    ProcessDelegate issueDecisionNotifierChoice() {
        return new ProcessDelegate("issueDecisionNotifier", TEXTS.get("issuecase.delegate.issueDecisionNotifier"));
    }

    @Bean
    ProcessDelegate participationIntentTallyChoice() {
        return new ProcessDelegate("participationIntentTally", TEXTS.get("issuecase.delegate.participationIntentTally"));
    }

    @Bean
    ProcessDelegate issuePagePublisherChoice() {
        return new ProcessDelegate("issuePagePublisher", TEXTS.get("issuecase.delegate.issuePagePublisher"));
    }

    @Bean
    ProcessDelegate proposalCounterChoice() {
        return new ProcessDelegate("proposalCounter", TEXTS.get("issuecase.delegate.proposalCounter"));
    }

    @Bean
    ProcessDelegate proposalCallExtenderChoice() {
        return new ProcessDelegate("proposalCallExtender", TEXTS.get("issuecase.delegate.proposalCallExtender"));
    }

    @Bean
    ProcessDelegate issueClosingDelegateChoice() {
        return new ProcessDelegate("issueClosingDelegate", TEXTS.get("issuecase.delegate.issueClosing"));
    }

    @Bean
    ProcessDelegate issueSelectingDelegateChoice() {
        return new ProcessDelegate("issueSelectingDelegate", TEXTS.get("issuecase.delegate.issueSelecting"));
    }

    @Bean
    ProcessDelegate matchingDelegateChoice() {
        return new ProcessDelegate("matchingDelegate", TEXTS.get("issuecase.delegate.matching"));
    }
}
