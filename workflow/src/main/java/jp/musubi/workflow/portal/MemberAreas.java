package jp.musubi.workflow.portal;

import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member portal in the shared header, for members. */
@Configuration(proxyBeanMethods = false)
class MemberAreas {

    @Bean
    AreaLink memberPortalArea() {
        return AreaLink.forRoles("会員ページ", "/member", 60, Role.MEMBER.name());
    }
}
