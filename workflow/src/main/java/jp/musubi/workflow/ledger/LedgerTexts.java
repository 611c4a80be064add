package jp.musubi.workflow.ledger;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the member ledger, from {@code i18n/ledger.properties}. */
final class LedgerTexts {

    static final Messages TEXTS = Messages.of("i18n/ledger");

    private LedgerTexts() {
    }
}
