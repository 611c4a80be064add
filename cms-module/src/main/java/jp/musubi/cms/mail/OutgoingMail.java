package jp.musubi.cms.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A mail to put into the outbox.
 *
 * @param kind        what the mail is (template name, {@code newsletter}); shown in admin
 * @param recipient   the one recipient's address
 * @param htmlBody    HTML alternative, or null for a text-only mail
 * @param headers     extra headers such as {@code List-Unsubscribe}
 * @param correlation groups the mails of one job (e.g. {@code newsletter:42}), or null
 */
public record OutgoingMail(String kind, String recipient, String subject, String textBody, String htmlBody,
                           Map<String, String> headers, String correlation) {

    public OutgoingMail {
        requireText(kind, "kind");
        requireText(recipient, "recipient");
        requireText(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static OutgoingMail of(String kind, String recipient, String subject, String textBody, String htmlBody) {
        return new OutgoingMail(kind, recipient, subject, textBody, htmlBody, Map.of(), null);
    }

    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(kind, recipient, subject, textBody, htmlBody, more, correlation);
    }

    public OutgoingMail withCorrelation(String correlation) {
        return new OutgoingMail(kind, recipient, subject, textBody, htmlBody, headers, correlation);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
