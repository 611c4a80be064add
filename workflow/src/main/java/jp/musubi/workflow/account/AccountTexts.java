package jp.musubi.workflow.account;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the accounts, from {@code i18n/account.properties}. */
final class AccountTexts {

    static final Messages TEXTS = Messages.of("i18n/account");

    private AccountTexts() {
    }
}
