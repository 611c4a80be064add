package jp.musubi.workflow.approval;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the publication approval, from {@code i18n/approval.properties}. */
final class ApprovalTexts {

    static final Messages TEXTS = Messages.of("i18n/approval");

    private ApprovalTexts() {
    }
}
