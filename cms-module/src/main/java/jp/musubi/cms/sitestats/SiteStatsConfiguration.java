package jp.musubi.cms.sitestats;

import java.net.URI;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class SiteStatsConfiguration {

    /** Before security and the response cache, so it sees the final status of every answer, cached ones too. */
    @Bean
    FilterRegistrationBean<SiteStatsFilter> siteStatsFilter(SiteStatsRecorder recorder, Clock clock,
                                                             @Value("${musubi.site.base-url:http://localhost}") String baseUrl,
                                                             @Value("${musubi.sitestats.enabled:true}") boolean enabled) {
        FilterRegistrationBean<SiteStatsFilter> registration = new FilterRegistrationBean<>(
                new SiteStatsFilter(recorder, clock, URI.create(baseUrl).getHost()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setEnabled(enabled);
        return registration;
    }
}
