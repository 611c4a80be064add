package jp.musubi.cms.delivery;

import jp.musubi.cms.delivery.testdata.DeliveryTestData;
import jp.musubi.cms.delivery.testdata.InMemoryContentChangeLog;
import jp.musubi.cms.delivery.testdata.InMemoryPublishedContent;
import jp.musubi.cms.delivery.testdata.MutableClock;
import jp.musubi.cms.delivery.testdata.ScriptedContentSearch;
import jp.musubi.cms.delivery.testdata.SteppingNanoTime;
import jp.musubi.cms.search.ContentSearch;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The delivery slice's collaborators: the delivery classes themselves, in-memory stand-ins for the
 * content store and the search (written in parallel), the test content types, and a time source
 * for the request budget that moves only when a test says so. Imported only by
 * {@link DeliveryControllerTest}'s {@code @WebMvcTest}; as a {@code @TestConfiguration} it is never
 * picked up by component scanning, so the shared {@code @CmsSpringBootTest} context uses the real beans.
 */
@TestConfiguration(proxyBeanMethods = false)
// Boot 4 slices no longer bring Spring Security; these run the product's filter chain and header writers.
@ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
@Import({PublishedSnapshots.class, EndpointViews.class, DeliveryConfiguration.class})
class DeliveryTestConfiguration {

    @Bean
    @Primary
    InMemoryContentChangeLog deliveryTestChangeLog() {
        return new InMemoryContentChangeLog();
    }

    @Bean
    @Primary
    InMemoryPublishedContent deliveryTestContent(InMemoryContentChangeLog log) {
        return new InMemoryPublishedContent(log);
    }

    @Bean
    @Primary
    ScriptedContentSearch deliveryTestSearch() {
        return new ScriptedContentSearch();
    }

    @Bean
    @Primary
    MutableClock deliveryTestClock() {
        return new MutableClock(DeliveryControllerTest.EARLY);
    }

    @Bean
    SteppingNanoTime deliveryTestNanoTime() {
        return new SteppingNanoTime();
    }

    /** The real service, timing its request budget by the test's time source. */
    @Bean
    DeliveryService deliveryService(ContentTypeRegistry registry, PublishedSnapshots snapshots, EndpointViews views,
                                    ContentSearch search, DeliveryProperties properties, SteppingNanoTime nanoTime) {
        return new DeliveryService(registry, snapshots, views, search, properties, nanoTime);
    }

    @Bean
    @Primary
    ContentTypeRegistry deliveryTestRegistry() {
        return DeliveryTestData.registry();
    }

    /** The product's rule for this route (webapp SecurityConfiguration): anyone may GET it. */
    @Bean
    SecurityFilterChain deliveryTestSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                .requestMatchers(HttpMethod.GET, "/.rest/delivery/**").permitAll()
                .anyRequest().authenticated());
        return http.build();
    }
}
