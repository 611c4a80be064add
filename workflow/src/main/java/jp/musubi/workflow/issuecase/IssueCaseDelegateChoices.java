package jp.musubi.workflow.issuecase;

import jp.musubi.workflow.delegate.ProcessDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code issue-to-matching} a diagram may call. */
@Configuration(proxyBeanMethods = false)
class IssueCaseDelegateChoices {

    @Bean
    ProcessDelegate issueDecisionNotifierChoice() {
        return new ProcessDelegate("issueDecisionNotifier", "取扱判断結果の通知");
    }

    @Bean
    ProcessDelegate participationIntentTallyChoice() {
        return new ProcessDelegate("participationIntentTally", "参加意向の集計");
    }

    @Bean
    ProcessDelegate issuePagePublisherChoice() {
        return new ProcessDelegate("issuePagePublisher", "課題ページの公開（募集中）");
    }

    @Bean
    ProcessDelegate proposalCounterChoice() {
        return new ProcessDelegate("proposalCounter", "提案の集計");
    }

    @Bean
    ProcessDelegate proposalCallExtenderChoice() {
        return new ProcessDelegate("proposalCallExtender", "募集期間の延長");
    }

    @Bean
    ProcessDelegate issueClosingDelegateChoice() {
        return new ProcessDelegate("issueClosingDelegate", "課題の終了（終了）");
    }

    @Bean
    ProcessDelegate issueSelectingDelegateChoice() {
        return new ProcessDelegate("issueSelectingDelegate", "公開状態の更新（選定中）");
    }

    @Bean
    ProcessDelegate matchingDelegateChoice() {
        return new ProcessDelegate("matchingDelegate", "マッチング");
    }
}
