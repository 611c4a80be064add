/**
 * The municipal area ({@code /municipal}, MUNICIPAL_STAFF): 課題の応募 (draft, attachments, submission
 * that starts the issue-to-matching case), 自分の課題 with each case's step and decisions, 参加意向 on
 * other municipalities' selected issues, the matched partners and the follow-up records; and the
 * rounds of the call for issues ({@code /admin/issue-rounds}, PREF_STAFF and SECRETARIAT).
 */
@ApplicationModule(
        displayName = "Municipal area",
        allowedDependencies = {
                "cms.asset",
                "cms.common",
                "cms.content",
                "cms.feature",
                "cms.input",
                "cms.mail::notification",
                "cms.site",
                "workflow.account",
                "workflow.issuecase"})
package jp.musubi.workflow.municipal;

import org.springframework.modulith.ApplicationModule;
