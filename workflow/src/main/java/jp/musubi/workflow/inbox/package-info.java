/** The task inbox: visible tasks, filters, case context and timeline, task mails. */
// Known debt: uses the AccountRepository, InquiryRepository and OrganizationRepository of other features, and the
// case context resolvers of inquiry, issuecase and membership live here instead of in those features.
@ApplicationModule(
        displayName = "Inbox",
        allowedDependencies = {
                "cms.content",
                "cms.mail::notification",
                "workflow.account",
                "workflow.calendar",
                "workflow.inquiry",
                "workflow.issuecase",
                "workflow.membership",
                "workflow.task"})
package jp.musubi.workflow.inbox;

import org.springframework.modulith.ApplicationModule;
