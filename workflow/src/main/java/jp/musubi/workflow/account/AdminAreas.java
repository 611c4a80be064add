package jp.musubi.workflow.account;

import jp.musubi.cms.site.AreaLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdminAreas {

    @Bean
    AreaLink adminArea() {
        return AreaLink.forRoles("管理", "/admin", 80, Role.ADMIN.name());
    }
}
