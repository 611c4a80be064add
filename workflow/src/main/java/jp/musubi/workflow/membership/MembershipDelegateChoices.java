package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import jp.musubi.workflow.delegate.ProcessDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the membership processes a diagram may call. */
@Configuration(proxyBeanMethods = false)
class MembershipDelegateChoices {

    @Bean
    ProcessDelegate membershipAdmissionDelegateChoice() {
        return new ProcessDelegate("membershipAdmissionDelegate", TEXTS.get("membership.delegate.admission"));
    }

    @Bean
    ProcessDelegate membershipDeclineDelegateChoice() {
        return new ProcessDelegate("membershipDeclineDelegate", TEXTS.get("membership.delegate.decline"));
    }

    @Bean
    ProcessDelegate memberProfileChangeDelegateChoice() {
        return new ProcessDelegate("memberProfileChangeDelegate", TEXTS.get("membership.delegate.profileChange"));
    }

    @Bean
    ProcessDelegate memberWithdrawalDelegateChoice() {
        return new ProcessDelegate("memberWithdrawalDelegate", TEXTS.get("membership.delegate.withdrawal"));
    }
}
