package jp.musubi.workflow.issuecase;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class IssueCaseHandover {

    @Bean
    @Order(52)
    HandoverSection issueCaseHandoverSection() {
        return HandoverSection.of("i18n/issuecase", "issue-cases",
                "issue_case", "participation_intent", "selection_hearing", "selection_decision", "proposal",
                "proposal_attachment", "matching");
    }
}
