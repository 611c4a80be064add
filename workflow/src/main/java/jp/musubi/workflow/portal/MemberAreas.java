package jp.musubi.workflow.portal;

import static jp.musubi.workflow.portal.PortalTexts.TEXTS;

import jp.musubi.cms.feature.FeatureRoutes;
import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member portal in the shared header, for members, and the routes of its switchable parts. */
@Configuration(proxyBeanMethods = false)
class MemberAreas {

    @Bean
    AreaLink memberPortalArea() {
        return AreaLink.forRoles(TEXTS.get("portal.area"), "/member", 60, Role.MEMBER.name());
    }

    /** A member's own talents (人材) belong to the talents feature. */
    @Bean
    FeatureRoutes memberTalentRoutes() {
        return FeatureRoutes.of("talents", "/member/talents/**");
    }
}
