package jp.musubi.cms.pagecache;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jp.musubi.cms.content.ContentChangeLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

    /** Before Spring Security (-100) and the session machinery: a hit needs neither. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    PageCache pageCache(PageCacheProperties properties, ContentChangeLog changeLog) {
        return new PageCache(properties, changeLog);
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache pageCache, PageCacheProperties properties,
                                                            ObjectProvider<Clock> clock) {
        PageCacheFilter filter = new PageCacheFilter(pageCache.entries(), pageCache.watch(), properties,
                System::nanoTime, clock.getIfAvailable(Clock::systemUTC), pageCache.counts());
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    PageCacheMetrics pageCacheMetrics(PageCache pageCache) {
        return new PageCacheMetrics(pageCache);
    }

    static Cache<String, CachedResponse> entries(PageCacheProperties properties) {
        return Caffeine.newBuilder()
                .maximumWeight(properties.maxBytes())
                .weigher((String key, CachedResponse value) -> 2 * key.length() + value.weight())
                .expireAfterWrite(properties.maxEntryAge())
                .build();
    }
}
