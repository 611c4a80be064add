package jp.musubi.workflow.exhibition;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class ExhibitionHandover {

    @Bean
    @Order(90)
    HandoverSection exhibitionHandoverSection() {
        return HandoverSection.of("i18n/exhibition", "exhibitions",
                "exhibition_recruitment", "exhibition_application", "exhibition_application_seed");
    }
}
