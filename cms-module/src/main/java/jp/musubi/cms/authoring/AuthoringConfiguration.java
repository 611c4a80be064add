package jp.musubi.cms.authoring;

import jp.musubi.cms.asset.AssetProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthoringProperties.class)
class AuthoringConfiguration {

    /** Spring Security's filter chain runs at order -100; the size check comes first. */
    private static final int BEFORE_SECURITY = -110;
    /** Room for the multipart envelope around the file itself. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> authoringRequestSizeLimit(AuthoringProperties authoring,
                                                                             AssetProperties assets) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(authoring.maxBodySize().toBytes(),
                        assets.maxSize().toBytes() + MULTIPART_OVERHEAD));
        registration.addUrlPatterns("/api/cms/items/*", "/api/cms/assets", "/api/cms/assets/*");
        registration.setOrder(BEFORE_SECURITY);
        return registration;
    }
}
