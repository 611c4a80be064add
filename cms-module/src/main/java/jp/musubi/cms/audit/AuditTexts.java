package jp.musubi.cms.audit;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the audit log, from {@code i18n/audit.properties}. */
final class AuditTexts {

    static final Messages TEXTS = Messages.of("i18n/audit");

    private AuditTexts() {
    }
}
