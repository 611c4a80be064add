package jp.musubi.workflow.inbox;

import static jp.musubi.workflow.inbox.InboxTexts.TEXTS;

import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InboxAreas {

    /** Staff with workflow tasks: the prefecture, the secretariat, and editors (their returned publications). */
    @Bean
    AreaLink inboxArea() {
        return AreaLink.forRoles(TEXTS.get("inbox.java.area"), "/inbox", 10,
                Role.PREF_STAFF.name(), Role.SECRETARIAT.name(), Role.EDITOR.name());
    }
}
