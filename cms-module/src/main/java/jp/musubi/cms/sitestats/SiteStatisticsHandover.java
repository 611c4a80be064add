package jp.musubi.cms.sitestats;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class SiteStatisticsHandover {

    @Bean
    @Order(120)
    HandoverSection siteStatisticsHandoverSection() {
        return HandoverSection.of("i18n/cms", "statistics",
                "site_page_view_day", "site_referrer_day", "site_search_day", "site_visitor_day");
    }
}
