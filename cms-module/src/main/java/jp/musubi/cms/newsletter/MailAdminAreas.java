package jp.musubi.cms.newsletter;

import static jp.musubi.cms.newsletter.NewsletterTexts.TEXTS;

import jp.musubi.cms.site.AreaLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The newsletter page in the shared header; the outbox is reached from there (administrators only).
 * Role names as text: the roles are workflow's, and cms-module cannot depend on it.
 */
@Configuration(proxyBeanMethods = false)
class MailAdminAreas {

    @Bean
    AreaLink newsletterArea() {
        return AreaLink.forRoles(TEXTS.get("newsletter.area"), "/admin/newsletters", 70, "SECRETARIAT", "ADMIN");
    }
}
