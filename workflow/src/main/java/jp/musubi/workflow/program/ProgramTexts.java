package jp.musubi.workflow.program;

import jp.musubi.cms.common.Messages;

/** The feature's Japanese texts ({@code i18n/program.properties}). */
final class ProgramTexts {

    static final Messages TEXTS = Messages.of("i18n/program");

    private ProgramTexts() {
    }
}
