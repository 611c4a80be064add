package jp.musubi.cms.suggestion;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SuggestionProperties.class)
class SuggestionConfiguration {
}
