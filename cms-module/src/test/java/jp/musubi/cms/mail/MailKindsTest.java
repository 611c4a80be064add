package jp.musubi.cms.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.musubi.cms.mail.notification.MailKind;
import org.junit.jupiter.api.Test;

class MailKindsTest {

    @Test
    void namesAKindByTheLabelItsFeatureContributed() {
        MailKinds kinds = new MailKinds(List.of(new MailKind("newsletter", "会員向けメール配信"),
                new MailKind("membership-approved", "会員登録の承認")));

        assertThat(kinds.label("membership-approved")).isEqualTo("会員登録の承認");
        assertThat(kinds.label("newsletter")).isEqualTo("会員向けメール配信");
    }

    @Test
    void aKindNoFeatureContributesShowsItsName() {
        assertThat(new MailKinds(List.of()).label("retired-kind")).isEqualTo("retired-kind");
    }

    @Test
    void twoKindsWithOneNameStopStartUp() {
        assertThatThrownBy(() -> new MailKinds(List.of(new MailKind("inquiry-reply", "回答"),
                new MailKind("inquiry-reply", "お問い合わせへの回答"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inquiry-reply");
    }
}
