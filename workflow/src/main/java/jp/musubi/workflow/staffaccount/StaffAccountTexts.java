package jp.musubi.workflow.staffaccount;

import jp.musubi.cms.common.Messages;

final class StaffAccountTexts {

    static final Messages TEXTS = Messages.of("i18n/staffaccount");

    private StaffAccountTexts() {
    }
}
