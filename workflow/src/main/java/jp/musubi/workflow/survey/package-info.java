/**
 * Surveys and questionnaires: a builder, copies that keep last year's question ids, target lists
 * (members, imported organizations, and audiences other features contribute as
 * {@link jp.musubi.workflow.survey.SurveyAudienceSource} beans), mailed personal links that need no
 * login, reminders, the live answer rate, results and exports. Events and exhibitions use the same
 * mechanism for their questionnaires through {@link jp.musubi.workflow.survey.SurveyInvitations}.
 */
@ApplicationModule(
        displayName = "Surveys",
        allowedDependencies = {
                "cms.common",
                "cms.demo",
                "cms.document",
                "cms.feature",
                "cms.input",
                "cms.mail::address",
                "cms.mail::notification",
                "cms.site",
                "workflow.account",
                "workflow.membership",
                "workflow.program"})
package jp.musubi.workflow.survey;

import org.springframework.modulith.ApplicationModule;
