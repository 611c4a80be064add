package jp.musubi.cms.mail;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class MailHandover {

    @Bean
    @Order(110)
    HandoverSection mailHandoverSection() {
        return HandoverSection.of("i18n/mail", "mail", "mail_outbox", "mail_outbox_attachment");
    }
}
