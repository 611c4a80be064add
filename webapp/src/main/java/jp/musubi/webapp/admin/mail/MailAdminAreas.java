package jp.musubi.webapp.admin.mail;

import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The newsletter page in the shared header; the outbox is reached from there (administrators only). */
@Configuration(proxyBeanMethods = false)
class MailAdminAreas {

    @Bean
    AreaLink newsletterArea() {
        return AreaLink.forRoles("メール配信", "/admin/newsletters", 70, Role.SECRETARIAT.name(), Role.ADMIN.name());
    }
}
