package jp.musubi.cms.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether this application sends mail at all: the outbox sender exists only with an SMTP server
 * (spring.mail.host). Without it the admin pages say why nothing leaves the outbox. Public for the
 * newsletter page, which says the same.
 */
@Component
public class SmtpStatus {

    private final ObjectProvider<OutboxSender> sender;

    SmtpStatus(ObjectProvider<OutboxSender> sender) {
        this.sender = sender;
    }

    public boolean configured() {
        return sender.getIfAvailable() != null;
    }
}
