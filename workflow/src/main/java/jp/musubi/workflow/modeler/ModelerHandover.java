package jp.musubi.workflow.modeler;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class ModelerHandover {

    @Bean
    @Order(142)
    HandoverSection modelerHandoverSection() {
        return HandoverSection.of("i18n/modeler", "modeler-deployments", "modeler_deployment");
    }
}
