/**
 * The task inbox: visible tasks, filters, case context and timeline, task mails, the inbox and task pages,
 * and the task-form contract that the features contribute their forms through.
 */
@ApplicationModule(
        displayName = "Inbox",
        allowedDependencies = {
                "cms.audit",
                "cms.common",
                "cms.content",
                "cms.input",
                "cms.mail::notification",
                "cms.site",
                "contenttypes.definition",
                "workflow.account",
                "workflow.calendar",
                "workflow.task"})
package jp.musubi.workflow.inbox;

import org.springframework.modulith.ApplicationModule;
