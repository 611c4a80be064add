package jp.musubi.cms.newsletter;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class NewsletterHandover {

    @Bean
    @Order(112)
    HandoverSection newsletterHandoverSection() {
        return HandoverSection.of("i18n/newsletter", "newsletters", "newsletter_send", "newsletter_delivery");
    }
}
