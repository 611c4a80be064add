package jp.musubi.workflow.membership;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class MembershipHandover {

    @Bean
    @Order(20)
    HandoverSection membershipHandoverSection() {
        return HandoverSection.of("i18n/membership", "members",
                "organization", "organization_contact", "membership_application", "membership_request");
    }
}
