/**
 * DX consultation and matching support (Kumamoto 4(3)): requests from the public form ({@code /consultation})
 * or recorded by staff, the {@code consultation-matching} process with its task forms and mails, the staff
 * pages and the monthly report ({@code /admin/consultations}), and the monthly figures for the dashboard.
 */
@ApplicationModule(
        displayName = "Consultation",
        allowedDependencies = {
                "cms.common",
                "cms.demo",
                "cms.feature",
                "cms.forms",
                "cms.input",
                "cms.mail::address",
                "cms.mail::notification",
                "cms.site",
                "cms.suggestion",
                "workflow.account",
                "workflow.delegate",
                "workflow.inbox",
                "workflow.issuecase",
                "workflow.membership",
                "workflow.program",
                "workflow.task"})
package jp.musubi.workflow.consultation;

import org.springframework.modulith.ApplicationModule;
