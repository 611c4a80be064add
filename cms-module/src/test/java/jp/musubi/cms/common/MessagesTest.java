package jp.musubi.cms.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = Messages.of("i18n/messages-test");

    @Test
    void readsTheUtf8BundleAndPutsArgumentsInAsWritten() {
        assertThat(messages.get("plain")).isEqualTo("会員登録の承認");
        assertThat(messages.get("withArguments", "お知らせ", 2026)).isEqualTo("「お知らせ」の第2026版を公開しました。");
        assertThat(messages.get("apostrophe", "done")).isEqualTo("It's done");
        assertThat(messages.get("withArguments", null, 1)).isEqualTo("「」の第1版を公開しました。");
    }

    @Test
    void anUnknownKeyIsAnErrorNotASilentBlank() {
        assertThat(messages.has("plain")).isTrue();
        assertThat(messages.has("nope")).isFalse();
        assertThatThrownBy(() -> messages.get("nope")).isInstanceOf(MissingResourceException.class);
    }
}
