package jp.musubi.cms.delivery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration {

    /** Characters Magnolia clients send unencoded in delivery queries: {@code prop[gt]=1}, {@code in=a|b}. */
    static final String QUERY_CHARACTERS = "[]|";

    /**
     * Tomcat refuses {@code [ ] |} in a query string unless told otherwise, which would turn every
     * Magnolia-style filter sent by a browser or curl into a bare 400 before it reaches us. Merged
     * with any characters already relaxed, so other settings are kept.
     */
    @Bean
    TomcatConnectorCustomizer deliveryQueryCharacters() {
        return connector -> {
            Object existing = connector.getProperty("relaxedQueryChars");
            connector.setProperty("relaxedQueryChars", merge(existing == null ? "" : existing.toString()));
        };
    }

    static String merge(String existing) {
        StringBuilder merged = new StringBuilder(existing);
        for (char c : QUERY_CHARACTERS.toCharArray()) {
            if (merged.indexOf(String.valueOf(c)) < 0) {
                merged.append(c);
            }
        }
        return merged.toString();
    }
}
