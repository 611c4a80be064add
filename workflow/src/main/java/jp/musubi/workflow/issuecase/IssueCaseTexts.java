package jp.musubi.workflow.issuecase;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the issue cases, in {@code i18n/issuecase.properties}. */
final class IssueCaseTexts {

    static final Messages TEXTS = Messages.of("i18n/issuecase");

    private IssueCaseTexts() {
    }
}
