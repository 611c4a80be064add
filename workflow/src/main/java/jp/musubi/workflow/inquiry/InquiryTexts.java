package jp.musubi.workflow.inquiry;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the inquiry, from {@code i18n/inquiry.properties}. */
final class InquiryTexts {

    static final Messages TEXTS = Messages.of("i18n/inquiry");

    private InquiryTexts() {
    }
}
