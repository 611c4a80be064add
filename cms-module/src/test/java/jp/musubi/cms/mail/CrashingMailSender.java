package jp.musubi.cms.mail;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessagePreparator;

/**
 * A real SMTP sender that lets {@code healthy} messages through and then fails the way the test
 * asks: the process dies before or after the SMTP exchange of the next message, or the SMTP
 * server goes away (every later message meets a closed port).
 */
class CrashingMailSender implements JavaMailSender {

    enum When {
        BEFORE_DELIVERY,
        AFTER_DELIVERY,
        SERVER_GOES_DOWN
    }

    /** An Error, like the JVM going down: the sender does not handle it, nothing after it runs. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash of the sending process");
        }
    }

    private final JavaMailSenderImpl delegate;
    private final int healthy;
    private final When when;
    private final AtomicInteger sent = new AtomicInteger();

    CrashingMailSender(JavaMailSenderImpl delegate, int healthy, When when) {
        this.delegate = delegate;
        this.healthy = healthy;
        this.when = when;
    }

    @Override
    public void send(MimeMessage message) throws MailException {
        if (sent.get() < healthy) {
            delegate.send(message);
            sent.incrementAndGet();
            return;
        }
        switch (when) {
            case BEFORE_DELIVERY -> throw new SimulatedCrash();
            case AFTER_DELIVERY -> {
                delegate.send(message);
                throw new SimulatedCrash();
            }
            case SERVER_GOES_DOWN -> {
                delegate.setPort(closedPort());
                delegate.send(message);
            }
        }
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public MimeMessage createMimeMessage() {
        return delegate.createMimeMessage();
    }

    @Override
    public MimeMessage createMimeMessage(InputStream contentStream) throws MailException {
        return delegate.createMimeMessage(contentStream);
    }

    @Override
    public void send(MimeMessage... mimeMessages) throws MailException {
        for (MimeMessage message : mimeMessages) {
            send(message);
        }
    }

    @Override
    public void send(MimeMessagePreparator mimeMessagePreparator) throws MailException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void send(MimeMessagePreparator... mimeMessagePreparators) throws MailException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void send(SimpleMailMessage simpleMessage) throws MailException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void send(SimpleMailMessage... simpleMessages) throws MailException {
        throw new UnsupportedOperationException();
    }
}
