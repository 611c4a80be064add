/**
 * 会員管理簿 (member ledger, {@code /admin/members}): search and filter the member registry, a member's
 * page (public profile, private contacts, newsletter opt-in, seeds, proposals, applications, change
 * history), the secretariat's edits of contacts and opt-in, XLSX/CSV export and the import of an
 * earlier ledger (preview, then all or nothing). SECRETARIAT edits and sees contacts; PREF_STAFF reads
 * everything but the contacts. Every member page view and export is written to the audit log.
 */
@ApplicationModule(
        displayName = "Member ledger",
        allowedDependencies = {
                "cms.audit",
                "cms.common",
                "cms.content",
                "cms.input",
                "cms.mail::address",
                "cms.site",
                "workflow.account",
                "workflow.issuecase",
                "workflow.membership"})
package jp.musubi.workflow.ledger;

import org.springframework.modulith.ApplicationModule;
