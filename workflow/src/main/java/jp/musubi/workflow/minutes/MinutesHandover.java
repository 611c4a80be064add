package jp.musubi.workflow.minutes;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class MinutesHandover {

    @Bean
    @Order(72)
    HandoverSection minutesHandoverSection() {
        return HandoverSection.of("i18n/minutes", "minutes", "minutes_record");
    }
}
