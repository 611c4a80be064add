/**
 * The programme year and its targets (configuration {@code musubi.program.*}), the indicators that
 * compute each target from the data of the other features (contributed as {@link jp.musubi.workflow.program.Indicator}
 * beans), the staff dashboard {@code /admin/program}, the deliverables calendar and the reports
 * generated from the data (PDF and XLSX through cms.document).
 */
@ApplicationModule(
        displayName = "Programme targets, deliverables and reports",
        allowedDependencies = {
                "cms.asset",
                "cms.common",
                "cms.content",
                "cms.document",
                "cms.feature",
                "cms.input",
                "cms.mail::notification",
                "cms.newsletter",
                "cms.site",
                "cms.sitestats",
                "cms.suggestion",
                "workflow.account",
                "workflow.calendar",
                "workflow.issuecase",
                "workflow.membership",
                "workflow.minutes"})
package jp.musubi.workflow.program;

import org.springframework.modulith.ApplicationModule;
