/**
 * Meeting minutes (打合せ記録): the {@code meeting-minutes} process started when a meeting is held, its inbox forms
 * (write, review, correct, overdue), and the reminder and overdue mails, due within 10 business days; the approved
 * minutes as PDF.
 */
@ApplicationModule(
        displayName = "Minutes",
        allowedDependencies = {
                "cms.common",
                "cms.document",
                "cms.input",
                "cms.mail::notification",
                "workflow.account",
                "workflow.calendar",
                "workflow.delegate",
                "workflow.inbox",
                "workflow.task"})
package jp.musubi.workflow.minutes;

import org.springframework.modulith.ApplicationModule;
