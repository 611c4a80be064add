package jp.musubi.workflow.municipal;

import static jp.musubi.workflow.municipal.MunicipalTexts.TEXTS;

import jp.musubi.cms.feature.FeatureRoutes;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The header links of the municipal area and of the call for issues, and the kinds of mail they send. */
@Configuration(proxyBeanMethods = false)
class MunicipalAreas {

    @Bean
    AreaLink municipalArea() {
        return AreaLink.forRoles(TEXTS.get("municipal.area"), "/municipal", 55, Role.MUNICIPAL_STAFF.name());
    }

    @Bean
    AreaLink issueRoundsArea() {
        return AreaLink.forRoles(TEXTS.get("municipal.rounds.area"), "/admin/issue-rounds", 75,
                Role.PREF_STAFF.name(), Role.SECRETARIAT.name());
    }

    @Bean
    MailKind issueRoundOpenedMailKind() {
        return IssueRoundOpened.KIND;
    }

    @Bean
    MailKind participationRequestMailKind() {
        return ParticipationRequest.KIND;
    }

    /** Tochigi's call for municipal issues: the municipal area, the rounds and the issues' attachments. */
    @Bean
    FeatureRoutes municipalIssueRoutes() {
        return FeatureRoutes.of("municipal-issues", "/municipal/**", "/admin/issue-rounds/**", IssueAttachmentController.PATH + "**");
    }
}
