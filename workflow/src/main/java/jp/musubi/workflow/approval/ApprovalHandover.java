package jp.musubi.workflow.approval;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class ApprovalHandover {

    @Bean
    @Order(42)
    HandoverSection approvalHandoverSection() {
        return HandoverSection.of("i18n/approval", "publication-requests", "publication_request");
    }
}
