package jp.musubi.cms.mail.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.common.Messages;
import jp.musubi.cms.mail.MailOutbox;
import jp.musubi.cms.mail.MailTemplates;
import jp.musubi.cms.mail.OutgoingMail;
import jp.musubi.cms.mail.RenderedMail;
import jp.musubi.cms.site.SiteProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the features' {@link Notice}s: renders the notice's Japanese template pair and writes the
 * mail into the outbox in the caller's transaction, so a workflow step that rolls back sends nothing.
 */
@Service
public class Notifications {

    private static final Messages TEXTS = Messages.of("i18n/mail");

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final SiteProperties site;

    public Notifications(MailOutbox outbox, MailTemplates templates, SiteProperties site) {
        this.outbox = outbox;
        this.templates = templates;
        this.site = site;
    }

    /** @return the outbox row's id */
    @Transactional
    public long send(Notice notice) {
        return send(notice, List.of());
    }

    /**
     * As {@link #send(Notice)}, with files that go out with the mail (an invitation's .ics).
     *
     * @return the outbox row's id
     */
    @Transactional
    public long send(Notice notice, List<MailAttachment> attachments) {
        String template = notice.kind().name();
        String subject = TEXTS.get("mail.notification.subject", site.name(), notice.subject());
        // HashMap: a notice's model may hold nulls (an optional due date), which Map.of refuses.
        Map<String, Object> variables = new HashMap<>(notice.model(new MailLinks(site.baseUrl())));
        variables.put("subject", subject);
        RenderedMail mail = templates.render(template, variables);
        return outbox.enqueue(OutgoingMail.of(template, notice.to(), subject, mail.text(), mail.html()), attachments);
    }
}
