package jp.musubi.workflow.meeting;

import static jp.musubi.workflow.meeting.MeetingTexts.TEXTS;

import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MeetingProperties.class)
class MeetingConfiguration {

    @Bean
    AreaLink meetingArea() {
        return AreaLink.forRoles(TEXTS.get("meeting.area"), "/meetings", 75, Role.SECRETARIAT.name(), Role.PREF_STAFF.name());
    }
}
