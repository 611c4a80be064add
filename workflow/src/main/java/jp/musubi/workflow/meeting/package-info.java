/**
 * Meetings people attend: 課題整理ヒアリング, ソリューション選定ヒアリング and ソリューション選定会議 of an issue case
 * (scheduled from the inbox step that needs them), 定例打合せ with its materials deadline, and 個別打合せ.
 * Invitations and updates go out with an iCalendar attachment; holding a meeting starts its minutes.
 */
@ApplicationModule(
        displayName = "Meetings",
        allowedDependencies = {
                "cms.asset",
                "cms.common",
                "cms.input",
                "cms.mail::notification",
                "cms.site",
                "workflow.account",
                "workflow.calendar",
                "workflow.inbox",
                "workflow.issuecase",
                "workflow.membership",
                "workflow.minutes"})
package jp.musubi.workflow.meeting;

import org.springframework.modulith.ApplicationModule;
