package jp.musubi.cms.forms;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteFormProperties.class)
class SiteFormConfiguration {
}
