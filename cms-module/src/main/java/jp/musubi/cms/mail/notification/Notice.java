package jp.musubi.cms.mail.notification;

import java.util.Map;

/**
 * A transactional mail a feature sends through {@link Notifications}: the feature owns the record,
 * its template pair {@code templates/mail/<kind>.{txt,html}} and its {@link MailKind} bean; the
 * outbox only renders and queues it.
 */
public interface Notice {

    /** What the mail is; its name is the template pair's. */
    MailKind kind();

    /** The one recipient's address. */
    String to();

    /** The subject without the site's 【name】 prefix, which {@link Notifications} adds. */
    String subject();

    /**
     * The template's variables; {@code subject} and {@code site} are added. Values may be null.
     *
     * @param links absolute URLs of application paths, for links in the mail
     */
    Map<String, Object> model(MailLinks links);
}
