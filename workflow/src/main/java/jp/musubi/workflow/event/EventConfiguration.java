package jp.musubi.workflow.event;

import static jp.musubi.workflow.event.EventTexts.TEXTS;

import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventProperties.class)
class EventConfiguration {

    @Bean
    AreaLink eventApplicationsArea() {
        return AreaLink.forRoles(TEXTS.get("event.area"), EventStaffPages.LIST, 78, Role.SECRETARIAT.name());
    }
}
