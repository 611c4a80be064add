package jp.musubi.workflow.event;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class EventHandover {

    @Bean
    @Order(80)
    HandoverSection eventHandoverSection() {
        return HandoverSection.of("i18n/event", "events",
                "event_setting", "event_application", "event_application_answer");
    }
}
