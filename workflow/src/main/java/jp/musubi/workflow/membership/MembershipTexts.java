package jp.musubi.workflow.membership;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the membership, from {@code i18n/membership.properties}. */
final class MembershipTexts {

    static final Messages TEXTS = Messages.of("i18n/membership");

    private MembershipTexts() {
    }
}
