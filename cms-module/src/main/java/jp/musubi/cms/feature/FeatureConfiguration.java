package jp.musubi.cms.feature;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeatureProperties.class)
class FeatureConfiguration {

    /** After the session filter (+10), before the page cache (+20) and long before Spring Security (-100). */
    private static final int BEFORE_PAGE_CACHE = Ordered.HIGHEST_PRECEDENCE + 15;

    @Bean
    Features features(ObjectProvider<FeatureRoutes> routes, FeatureProperties properties) {
        return new Features(routes.orderedStream().toList(), properties);
    }

    @Bean
    FilterRegistrationBean<FeatureFilter> featureFilter(Features features) {
        FilterRegistrationBean<FeatureFilter> registration = new FilterRegistrationBean<>(new FeatureFilter(features));
        registration.setOrder(BEFORE_PAGE_CACHE);
        return registration;
    }
}
