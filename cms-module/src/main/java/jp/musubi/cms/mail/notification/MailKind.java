package jp.musubi.cms.mail.notification;

/**
 * One kind of mail in the outbox: the template pair's name, stored with each mail, and its Japanese
 * label on the page 送信メール. The feature that sends a kind contributes it as a bean, so the outbox
 * names mails it does not know (features contribute, the outbox collects).
 *
 * @param name  the template name under {@code templates/mail/}, e.g. {@code membership-approved}
 * @param label what the page shows, e.g. 会員登録の承認
 */
public record MailKind(String name, String label) {

    public MailKind {
        Required.text(name, "name");
        Required.text(label, "label");
    }
}
