package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import jp.musubi.cms.feature.FeatureRoutes;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.delegate.ProcessDelegate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the consultation contributes to the registries: its delegates, mail kinds and staff area. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsultationProperties.class)
class ConsultationBeans {

    /** The feature id of DX相談 in {@code musubi.features.enabled}. */
    static final String FEATURE = "consultation";

    @Bean
    ProcessDelegate consultationIntakeClosedDelegateChoice() {
        return new ProcessDelegate("consultationIntakeClosedDelegate", TEXTS.get("consultation.delegate.intakeClosed"));
    }

    @Bean
    ProcessDelegate consultationIntroductionDelegateChoice() {
        return new ProcessDelegate("consultationIntroductionDelegate", TEXTS.get("consultation.delegate.introduction"));
    }

    @Bean
    MailKind consultationClosedMailKind() {
        return ConsultationClosedNotice.KIND;
    }

    @Bean
    MailKind consultationIntroductionMailKind() {
        return ConsultationIntroductionNotice.KIND;
    }

    @Bean
    MailKind consultationCompanyIntroductionMailKind() {
        return CompanyIntroductionNotice.KIND;
    }

    @Bean
    AreaLink consultationArea() {
        return AreaLink.forRoles(TEXTS.get("consultation.area"), ConsultationPages.LIST, 30,
                Role.SECRETARIAT.name(), Role.PREF_STAFF.name());
    }

    /** DX相談: the public request forms and the secretariat's consultation pages. */
    @Bean
    FeatureRoutes consultationRoutes() {
        return FeatureRoutes.of(FEATURE, "/consultation/**", "/consultation-join/**", ConsultationPages.LIST + "/**");
    }
}
