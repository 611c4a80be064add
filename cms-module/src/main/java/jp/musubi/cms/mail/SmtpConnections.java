package jp.musubi.cms.mail;

import java.util.Date;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Opens the SMTP conversation a batch is sent over. Setting up a connection (TCP, EHLO, STARTTLS,
 * AUTH) costs far more than a message, so a batch reuses one connection; every message is still its
 * own SMTP transaction, accepted or refused on its own, so the sender can mark each one right after
 * the server answered.
 */
interface SmtpConnections {

    SmtpConnection open();

    /**
     * Spring Boot's {@link JavaMailSenderImpl}: its session and settings, one connection per batch.
     * Any other {@link JavaMailSender}: its own {@code send}, one connection per message.
     */
    static SmtpConnections of(JavaMailSender mailSender) {
        if (mailSender instanceof JavaMailSenderImpl impl) {
            return () -> new ReusedConnection(impl);
        }
        return () -> mailSender::send;
    }

    /** One batch's way to the SMTP server. */
    interface SmtpConnection extends AutoCloseable {

        /** Returns when the server accepted the message; throws when it did not (or the connection broke). */
        void send(MimeMessage message) throws Exception;

        @Override
        default void close() {
        }
    }

    /**
     * A connection opened on the first message and kept for the next ones; dropped after any failure,
     * so that the next message starts on a clean connection. Connects and prepares messages exactly as
     * {@link JavaMailSenderImpl#send(MimeMessage...)} does, including keeping a preset Message-ID.
     */
    final class ReusedConnection implements SmtpConnection {

        private final JavaMailSenderImpl mailSender;
        private Transport transport;

        ReusedConnection(JavaMailSenderImpl mailSender) {
            this.mailSender = mailSender;
        }

        @Override
        public void send(MimeMessage message) throws MessagingException {
            try {
                if (transport == null || !transport.isConnected()) {
                    transport = connect();
                }
                if (message.getSentDate() == null) {
                    message.setSentDate(new Date());
                }
                String messageId = message.getMessageID();
                message.saveChanges();
                if (messageId != null) {
                    message.setHeader("Message-ID", messageId);
                }
                Address[] recipients = message.getAllRecipients();
                transport.sendMessage(message, recipients == null ? new Address[0] : recipients);
            } catch (MessagingException | RuntimeException e) {
                close();
                throw e;
            }
        }

        private Transport connect() throws MessagingException {
            String protocol = mailSender.getProtocol() == null ? "smtp" : mailSender.getProtocol();
            Transport opened = mailSender.getSession().getTransport(protocol);
            opened.connect(mailSender.getHost(), mailSender.getPort(), blankToNull(mailSender.getUsername()),
                    blankToNull(mailSender.getPassword()));
            return opened;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // The connection is being dropped anyway; its state no longer matters.
                }
                transport = null;
            }
        }

        private static String blankToNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }
}
