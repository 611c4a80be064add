package jp.musubi.workflow.membership;

import jp.musubi.workflow.delegate.ProcessDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the membership processes a diagram may call. */
@Configuration(proxyBeanMethods = false)
class MembershipDelegateChoices {

    @Bean
    ProcessDelegate membershipAdmissionDelegateChoice() {
        return new ProcessDelegate("membershipAdmissionDelegate", "入会手続き");
    }

    @Bean
    ProcessDelegate membershipDeclineDelegateChoice() {
        return new ProcessDelegate("membershipDeclineDelegate", "見送りの通知");
    }

    @Bean
    ProcessDelegate memberProfileChangeDelegateChoice() {
        return new ProcessDelegate("memberProfileChangeDelegate", "公開プロフィールの更新");
    }

    @Bean
    ProcessDelegate memberWithdrawalDelegateChoice() {
        return new ProcessDelegate("memberWithdrawalDelegate", "退会処理");
    }
}
