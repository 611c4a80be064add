package jp.musubi.workflow.inbox;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the inbox's Java code, keys {@code inbox.java.…} in the pages' bundle {@code i18n/inbox}. */
final class InboxTexts {

    static final Messages TEXTS = Messages.of("i18n/inbox");

    private InboxTexts() {
    }
}
