/**
 * Event applications: each event (CMS content, workspace {@code events}) gets its own application form
 * ({@code /events/{name}/apply}) with the fields, capacity, deadline, waiting list and questionnaire the
 * secretariat sets ({@code /admin/events}); confirmation mails with the event as .ics, the check-in code as
 * text and QR code and a personal link ({@code /events/applications/{token}}) to change or cancel; promotion
 * from the waiting list in order; reminder and thank-you mails; the reception list (XLSX/CSV), check-in at
 * the door, the attendance indicators of the dashboard, the attendees as a survey audience and the erasure
 * of the applicants' personal data after the retention period.
 */
@ApplicationModule(
        displayName = "Event applications",
        allowedDependencies = {
                "cms.audit",
                "cms.common",
                "cms.content",
                "cms.feature",
                "cms.forms",
                "cms.input",
                "cms.mail::address",
                "cms.mail::notification",
                "cms.site",
                "workflow.account",
                "workflow.calendar",
                "workflow.program",
                "workflow.survey"})
package jp.musubi.workflow.event;

import org.springframework.modulith.ApplicationModule;
