package jp.musubi.cms.handover;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The two sections the archive itself owns: the asset files, which it copies with their rows, and the
 * audit log, where it records its own exports (the asset and audit modules cannot contribute them without
 * depending on this module, which depends on them). Every other section comes from its feature.
 */
@Configuration(proxyBeanMethods = false)
class HandoverOwnSections {

    private static final String BUNDLE = "i18n/handover";

    @Bean
    @Order(30)
    HandoverSection assetsSection() {
        return HandoverSection.of(BUNDLE, "assets", "cms_asset").carryingAssets();
    }

    @Bean
    @Order(130)
    HandoverSection auditSection() {
        return HandoverSection.of(BUNDLE, "audit", "audit_entry");
    }
}
