package jp.musubi.workflow.consultation;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class ConsultationHandover {

    @Bean
    @Order(60)
    HandoverSection consultationHandoverSection() {
        return HandoverSection.of("i18n/consultation", "consultation",
                "consultation_request", "consultation_introduction", "consultation_suggestion");
    }
}
