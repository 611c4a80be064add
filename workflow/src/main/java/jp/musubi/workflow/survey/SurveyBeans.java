package jp.musubi.workflow.survey;

import static jp.musubi.workflow.survey.SurveyTexts.TEXTS;

import jp.musubi.cms.feature.FeatureRoutes;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the surveys contribute to the registries: their mail kinds and the staff area. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveyProperties.class)
class SurveyBeans {

    /** The feature id of surveys in {@code musubi.features.enabled}. */
    static final String FEATURE = "surveys";

    @Bean
    MailKind surveyInvitationMailKind() {
        return SurveyMail.INVITATION;
    }

    @Bean
    MailKind surveyReminderMailKind() {
        return SurveyMail.REMINDER;
    }

    @Bean
    AreaLink surveyArea() {
        return AreaLink.forRoles(TEXTS.get("survey.area"), SurveyAdminPages.LIST, 35, Role.SECRETARIAT.name(),
                Role.PREF_STAFF.name());
    }

    /** Surveys: the secretariat's pages and the respondents' answer pages. */
    @Bean
    FeatureRoutes surveyRoutes() {
        return FeatureRoutes.of(FEATURE, SurveyAdminPages.LIST + "/**", SurveyAnswerPage.BASE + "/**");
    }
}
