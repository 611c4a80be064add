package jp.musubi.webapp.operations;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of operations, from {@code i18n/operations.properties}. */
final class OperationsTexts {

    static final Messages TEXTS = Messages.of("i18n/operations");

    private OperationsTexts() {
    }
}
