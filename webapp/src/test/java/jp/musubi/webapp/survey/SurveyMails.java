package jp.musubi.webapp.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jp.musubi.cms.mail.MailOutboxProperties;
import jp.musubi.cms.mail.OutboxSender;
import jp.musubi.cms.mail.OutboxStore;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Reading the survey mails GreenMail received: recipient, plain text, the personal link's token. */
final class SurveyMails {

    static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");

    private SurveyMails() {
    }

    /** Delivers everything due through the application's outbox sender into the SMTP server on this port. */
    static int deliver(OutboxStore outbox, MailOutboxProperties properties, Clock clock, int port) {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(port);
        OutboxSender sender = new OutboxSender(outbox, smtp, properties, clock);
        int sent = 0;
        for (int round = sender.sendDue(); round > 0; round = sender.sendDue()) {
            sent += round;
        }
        return sent;
    }

    record Received(String to, String subject, String text, String token) {
    }

    static List<Received> read(MimeMessage[] messages, String addressPart) throws Exception {
        List<Received> received = new ArrayList<>();
        for (MimeMessage message : messages) {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            if (!to.contains(addressPart)) {
                continue;
            }
            String text = plain(message);
            Matcher link = LINK.matcher(text == null ? "" : text);
            received.add(new Received(to, message.getSubject(), text, link.find() ? link.group(1) : null));
        }
        return received;
    }

    static String plain(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = plain(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
