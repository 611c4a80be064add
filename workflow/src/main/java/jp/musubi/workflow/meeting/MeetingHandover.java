package jp.musubi.workflow.meeting;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class MeetingHandover {

    @Bean
    @Order(70)
    HandoverSection meetingHandoverSection() {
        return HandoverSection.of("i18n/meeting", "meetings", "meeting", "meeting_participant", "meeting_material");
    }
}
