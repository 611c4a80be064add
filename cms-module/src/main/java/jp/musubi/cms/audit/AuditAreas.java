package jp.musubi.cms.audit;

import jp.musubi.cms.site.AreaLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditAreas {

    @Bean
    AreaLink auditArea() {
        return AreaLink.forRoles(AuditTexts.TEXTS.get("audit.title"), "/admin/audit", 85, "ADMIN");
    }
}
