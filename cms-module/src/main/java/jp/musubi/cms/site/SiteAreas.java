package jp.musubi.cms.site;

import static jp.musubi.cms.site.SiteTexts.TEXTS;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public site's own entries in the shared header. */
@Configuration(proxyBeanMethods = false)
class SiteAreas {

    @Bean
    AreaLink homeArea() {
        return AreaLink.everyone(TEXTS.get("site.area.home"), "/", 0);
    }
}
