package jp.musubi.cms.editor;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The editor's Japanese messages (i18n/editor.properties). */
@Component
class EditorMessages {

    private final MessageSource messages;

    EditorMessages(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.JAPANESE);
    }
}
