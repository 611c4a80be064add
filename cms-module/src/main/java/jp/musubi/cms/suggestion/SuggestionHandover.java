package jp.musubi.cms.suggestion;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class SuggestionHandover {

    @Bean
    @Order(44)
    HandoverSection suggestionHandoverSection() {
        return HandoverSection.of("i18n/cms", "suggestion-exposures", "suggestion_exposure");
    }
}
