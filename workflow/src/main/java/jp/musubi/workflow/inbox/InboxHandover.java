package jp.musubi.workflow.inbox;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class InboxHandover {

    @Bean
    @Order(56)
    HandoverSection inboxHandoverSection() {
        return HandoverSection.of("i18n/inbox", "inbox", "inbox_case");
    }
}
