package jp.musubi.cms.content;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class ContentHandover {

    @Bean
    @Order(40)
    HandoverSection contentHandoverSection() {
        return HandoverSection.of("i18n/content", "content",
                "cms_item", "cms_revision", "cms_revision_reference", "cms_content_change",
                "cms_content_change_counter")
                .withSeededTables("cms_content_change_counter");
    }
}
