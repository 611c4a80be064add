/** Inquiries (問合せ) from the public form ({@code /contact}) and the process that answers them. */
@ApplicationModule(
        displayName = "Inquiry",
        allowedDependencies = {
                "cms.common",
                "cms.forms",
                "cms.input",
                "cms.mail::address",
                "cms.mail::notification",
                "workflow.delegate",
                "workflow.inbox",
                "workflow.task"})
package jp.musubi.workflow.inquiry;

import org.springframework.modulith.ApplicationModule;
