package jp.musubi.workflow.municipal;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class MunicipalHandover {

    @Bean
    @Order(50)
    HandoverSection municipalHandoverSection() {
        return HandoverSection.of("i18n/municipal", "municipal-issues",
                "municipal_issue", "municipal_issue_attachment", "issue_round", "municipal_followup");
    }
}
