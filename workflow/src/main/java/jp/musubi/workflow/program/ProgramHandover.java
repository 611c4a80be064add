package jp.musubi.workflow.program;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class ProgramHandover {

    @Bean
    @Order(54)
    HandoverSection programHandoverSection() {
        return HandoverSection.of("i18n/program", "deliverables", "program_deliverable");
    }
}
