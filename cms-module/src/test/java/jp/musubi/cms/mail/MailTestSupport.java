package jp.musubi.cms.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Reading what arrived in GreenMail the way a mail client would, and building senders for it. */
public final class MailTestSupport {

    private MailTestSupport() {
    }

    public static MailOutboxProperties properties(int maxAttempts) {
        return new MailOutboxProperties("noreply@dx-platform.example.jp", "DX推進プラットフォーム 事務局", "",
                new MailOutboxProperties.Sender(true, Duration.ofSeconds(5), 50, 1, Duration.ofMinutes(5), maxAttempts,
                        Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofSeconds(10)));
    }

    public static JavaMailSenderImpl smtp(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return sender;
    }

    /** The Subject header as it travelled (RFC 2047 encoded words) and as a client shows it. */
    public static String rawSubject(MimeMessage message) throws MessagingException {
        return message.getHeader("Subject", null);
    }

    public static String decodedSubject(MimeMessage message) throws MessagingException, IOException {
        return MimeUtility.decodeText(MimeUtility.unfold(rawSubject(message)));
    }

    public static String recipient(MimeMessage message) throws MessagingException {
        return message.getRecipients(Message.RecipientType.TO)[0].toString();
    }

    /** The decoded text of the first part with this content type (e.g. text/plain). */
    public static String part(MimeMessage message, String contentType) throws MessagingException, IOException {
        Part part = find(message, contentType);
        if (part == null) {
            throw new AssertionError("no " + contentType + " part in " + message.getContentType());
        }
        Object content = part.getContent();
        return content instanceof String text ? text
                : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Part find(Part part, String contentType) throws MessagingException, IOException {
        if (part.isMimeType(contentType)) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = find(multipart.getBodyPart(i), contentType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** How many mails each recipient got. */
    public static Map<String, Long> countPerRecipient(MimeMessage[] received) {
        return Arrays.stream(received).map(message -> {
            try {
                return recipient(message);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    public static List<MimeMessage> to(MimeMessage[] received, String address) {
        return Arrays.stream(received).filter(message -> {
            try {
                return recipient(message).equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
