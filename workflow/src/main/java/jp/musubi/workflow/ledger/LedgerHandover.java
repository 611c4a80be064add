package jp.musubi.workflow.ledger;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class LedgerHandover {

    @Bean
    @Order(25)
    HandoverSection ledgerHandoverSection() {
        return HandoverSection.of("i18n/ledger", "ledger", "ledger_member", "ledger_change");
    }
}
