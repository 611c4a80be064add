/**
 * The notice machinery other modules send mails through: the {@link jp.musubi.cms.mail.notification.Notice}
 * contract, {@link jp.musubi.cms.mail.notification.Notifications} that renders and queues one, and the
 * {@link jp.musubi.cms.mail.notification.MailKind} beans the outbox page names mails by. The notices
 * themselves and their templates belong to the features that send them.
 */
@NamedInterface("notification")
package jp.musubi.cms.mail.notification;

import org.springframework.modulith.NamedInterface;
