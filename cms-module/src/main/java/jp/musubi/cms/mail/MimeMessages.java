package jp.musubi.cms.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.activation.DataHandler;
import jakarta.mail.util.ByteArrayDataSource;
import jp.musubi.cms.mail.notification.MailAttachment;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jp.musubi.cms.mail.address.EmailAddressPolicy;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Turns an outbox row into the MIME message on the wire: UTF-8 throughout, the Japanese subject and
 * sender name encoded per RFC 2047, text/plain and text/html as multipart/alternative (plain first,
 * so clients that prefer text show it), and the row's own Message-ID, which Spring's
 * JavaMailSenderImpl keeps when it saves the message.
 */
class MimeMessages {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    static {
        MailStreamProvider.name();
    }

    private final JavaMailSender mailSender;
    private final MailOutboxProperties properties;

    MimeMessages(JavaMailSender mailSender, MailOutboxProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    MimeMessage build(OutboxMessage message, Instant now) throws MessagingException, UnsupportedEncodingException {
        return build(message, List.of(), now);
    }

    /** With attachments the body becomes the first part of a multipart/mixed, the files follow in order. */
    MimeMessage build(OutboxMessage message, List<MailAttachment> attachments, Instant now)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = mailSender.createMimeMessage();
        mime.setFrom(new InternetAddress(properties.from(), properties.fromName(), UTF_8));
        if (!properties.replyTo().isBlank()) {
            mime.setReplyTo(new InternetAddress[]{new InternetAddress(properties.replyTo(), true)});
        }
        // Internationalized domains go on the wire in their ASCII (punycode) form.
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(EmailAddressPolicy.toAscii(message.recipient()), true));
        mime.setSubject(message.subject(), UTF_8);
        mime.setSentDate(Date.from(now));
        if (!attachments.isEmpty()) {
            mime.setContent(mixed(message, attachments));
        } else if (message.htmlBody() == null) {
            mime.setText(message.textBody(), UTF_8);
        } else {
            mime.setContent(alternative(message));
        }
        for (Map.Entry<String, String> header : message.headers().entrySet()) {
            mime.setHeader(header.getKey(), header.getValue());
        }
        mime.setHeader("Message-ID", message.messageId());
        // RFC 3834: machine-generated, so auto-responders do not answer.
        mime.setHeader("Auto-Submitted", "auto-generated");
        return mime;
    }

    private static MimeMultipart mixed(OutboxMessage message, List<MailAttachment> attachments)
            throws MessagingException, UnsupportedEncodingException {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        if (message.htmlBody() == null) {
            body.setText(message.textBody(), UTF_8);
        } else {
            body.setContent(alternative(message));
        }
        mixed.addBodyPart(body);
        for (MailAttachment attachment : attachments) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            part.setFileName(jakarta.mail.internet.MimeUtility.encodeText(attachment.filename(), UTF_8, "B"));
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        return mixed;
    }

    private static MimeMultipart alternative(OutboxMessage message) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.textBody(), UTF_8);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.htmlBody(), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        return alternative;
    }
}
