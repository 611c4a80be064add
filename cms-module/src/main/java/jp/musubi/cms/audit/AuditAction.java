package jp.musubi.cms.audit;

import static jp.musubi.cms.audit.AuditTexts.TEXTS;

import java.util.Locale;

/** What an audit entry records. Stored by name; the label is what the audit page shows. */
public enum AuditAction {
    /** A page showed personal data (担当者名, mail, phone) to a staff member. */
    PERSONAL_DATA_VIEW,
    /** A file with personal data (or a ledger export) was downloaded. */
    PERSONAL_DATA_EXPORT,
    /** A staff page of a record showed no personal data (the reader may not see it), e.g. PREF_STAFF's ledger page. */
    RECORD_VIEW,
    /** An export without personal data (the reader may not see it). */
    RECORD_EXPORT,
    /** Personal data was added, changed or removed by staff. */
    PERSONAL_DATA_CHANGE,
    /** Records were imported in bulk (会員管理簿の取込み). */
    IMPORT,
    /** A decision of an approval step: admission screening, publication approval. */
    APPROVAL,
    /** An account's roles were changed. */
    ROLE_CHANGE,
    /** Old audit entries were purged after the retention period. */
    PURGE;

    public String label() {
        return TEXTS.get("audit.action." + name().toLowerCase(Locale.ROOT));
    }
}
