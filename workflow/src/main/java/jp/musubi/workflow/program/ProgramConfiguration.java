package jp.musubi.workflow.program;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProgramProperties.class)
class ProgramConfiguration {
}
