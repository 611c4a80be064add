package jp.musubi.workflow.inquiry;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class InquiryHandover {

    @Bean
    @Order(58)
    HandoverSection inquiryHandoverSection() {
        return HandoverSection.of("i18n/inquiry", "inquiries", "inquiry");
    }
}
