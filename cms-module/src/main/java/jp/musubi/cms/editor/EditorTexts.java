package jp.musubi.cms.editor;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the editor's Java code, from {@code i18n/editor.properties}. */
final class EditorTexts {

    static final Messages TEXTS = Messages.of("i18n/editor");

    private EditorTexts() {
    }
}
