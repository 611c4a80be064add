package jp.musubi.workflow.exhibition;

import static jp.musubi.workflow.exhibition.ExhibitionTexts.TEXTS;

import jp.musubi.cms.feature.FeatureRoutes;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the exhibitions contribute to the registries: the outcome mail's kind and the secretariat's area. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExhibitionProperties.class)
class ExhibitionBeans {

    /** The feature id of exhibitions in {@code musubi.features.enabled}. */
    static final String FEATURE = "exhibitions";

    @Bean
    MailKind exhibitionOutcomeMailKind() {
        return ExhibitionOutcomeNotice.KIND;
    }

    @Bean
    AreaLink exhibitionArea() {
        return AreaLink.forRoles(TEXTS.get("exhibition.area"), ExhibitionAdminController.LIST, 32,
                Role.SECRETARIAT.name(), Role.PREF_STAFF.name());
    }

    @Bean
    AreaLink exhibitionMemberArea() {
        return AreaLink.forRoles(TEXTS.get("exhibition.page.member.title"), ExhibitionMemberController.LIST, 61,
                Role.MEMBER.name());
    }

    /** Exhibitions: the secretariat's and the members' pages and the public exhibitor lists. */
    @Bean
    FeatureRoutes exhibitionRoutes() {
        return FeatureRoutes.of(FEATURE, ExhibitionAdminController.LIST + "/**", ExhibitionMemberController.LIST + "/**",
                "/exhibitions/**");
    }
}
