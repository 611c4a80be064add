/** The inbox and task pages, with the task forms. */
@ApplicationModule(
        displayName = "Inbox pages",
        allowedDependencies = {
                "cms.content",
                "cms.mail::notification",
                "cms.site",
                "contenttypes.definition",
                "workflow.account",
                "workflow.approval",
                "workflow.calendar",
                "workflow.inbox",
                "workflow.inquiry",
                "workflow.issuecase",
                "workflow.membership",
                "workflow.task"})
package jp.musubi.webapp.inbox;

import org.springframework.modulith.ApplicationModule;
