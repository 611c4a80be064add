package jp.musubi.cms.mail;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Why one delivery attempt failed, and what that means for the message.
 *
 * @param kind        what to do next
 * @param description Japanese text for the admin page, with the server's own words at the end
 */
public record DeliveryFailure(Kind kind, String description) {

    /** An SMTP reply code at the start of the server's message, e.g. "550 5.1.1 User unknown". */
    private static final Pattern SMTP_REPLY = Pattern.compile("^\\s*([245])\\d\\d\\b");

    public enum Kind {
        /** The server is unreachable or refuses us: the message is fine, stop the batch and wait. */
        SERVER_UNAVAILABLE,
        /** This message failed for a reason that may pass (4xx): retry it later. */
        TRANSIENT,
        /** This message can never be delivered as it is (bad address, 5xx): FAILED at once. */
        PERMANENT
    }

    public static DeliveryFailure of(Exception failure) {
        Set<Throwable> causes = causes(failure);
        String detail = detail(failure);
        if (causes.stream().anyMatch(c -> c instanceof MailAuthenticationException || c instanceof AuthenticationFailedException)) {
            return new DeliveryFailure(Kind.SERVER_UNAVAILABLE, MailTexts.TEXTS.get("mail.failure.authentication", detail));
        }
        if (causes.stream().anyMatch(c -> c instanceof ConnectException || c instanceof UnknownHostException
                || c instanceof SocketTimeoutException || c instanceof SocketException)) {
            return new DeliveryFailure(Kind.SERVER_UNAVAILABLE, MailTexts.TEXTS.get("mail.failure.connection", detail));
        }
        if (causes.stream().anyMatch(c -> c instanceof AddressException || c instanceof MailParseException
                || c instanceof MailPreparationException)) {
            return new DeliveryFailure(Kind.PERMANENT, MailTexts.TEXTS.get("mail.failure.malformed", detail));
        }
        Character reply = smtpReplyClass(causes);
        if (reply != null && reply == '5') {
            return new DeliveryFailure(Kind.PERMANENT, MailTexts.TEXTS.get("mail.failure.refused", detail));
        }
        if (reply != null && reply == '4') {
            return new DeliveryFailure(Kind.TRANSIENT, MailTexts.TEXTS.get("mail.failure.temporary", detail));
        }
        if (failure instanceof MailSendException send && send.getFailedMessages().isEmpty()) {
            return new DeliveryFailure(Kind.SERVER_UNAVAILABLE, MailTexts.TEXTS.get("mail.failure.communication", detail));
        }
        return new DeliveryFailure(Kind.TRANSIENT, MailTexts.TEXTS.get("mail.failure.other", detail));
    }

    /** The failure and everything it wraps: causes, JavaMail's chained and per-message exceptions. */
    private static Set<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable next = todo.poll();
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
            if (next instanceof MailSendException send) {
                todo.addAll(send.getFailedMessages().values());
            }
        }
        return seen;
    }

    private static Character smtpReplyClass(Set<Throwable> causes) {
        for (Throwable cause : causes) {
            if (cause instanceof SendFailedException && cause.getMessage() != null) {
                Matcher reply = SMTP_REPLY.matcher(cause.getMessage());
                if (reply.find()) {
                    return reply.group(1).charAt(0);
                }
            }
        }
        return null;
    }

    private static String detail(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        return "（" + message + "）";
    }
}
