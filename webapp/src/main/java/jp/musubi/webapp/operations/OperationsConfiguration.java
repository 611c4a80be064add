package jp.musubi.webapp.operations;

import jp.musubi.cms.site.AreaLink;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    /** First of all filters: the page cache, the session and Spring Security log under the id too. */
    static final int REQUEST_ID_ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(REQUEST_ID_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    AreaLink healthArea() {
        return AreaLink.forRoles(OperationsTexts.TEXTS.get("operations.health.title"), "/admin/health", 86, "ADMIN");
    }
}
