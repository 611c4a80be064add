package jp.musubi.workflow.account;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class AccountHandover {

    @Bean
    @Order(10)
    HandoverSection accountHandoverSection() {
        return HandoverSection.of("i18n/account", "accounts",
                "account", "account_role", "account_activation", "account_password_reset");
    }
}
