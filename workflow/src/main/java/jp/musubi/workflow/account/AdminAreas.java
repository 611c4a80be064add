package jp.musubi.workflow.account;

import static jp.musubi.workflow.account.AccountTexts.TEXTS;

import jp.musubi.cms.site.AreaLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdminAreas {

    @Bean
    AreaLink adminArea() {
        return AreaLink.forRoles(TEXTS.get("account.area.admin"), "/admin", 80, Role.ADMIN.name());
    }
}
