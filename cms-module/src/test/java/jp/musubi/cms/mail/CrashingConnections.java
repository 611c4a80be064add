package jp.musubi.cms.mail;

import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Real SMTP connections (one per batch, as in production) that let {@code healthy} messages through
 * and then fail the way the test asks: the process dies before or after the SMTP exchange of the
 * next message, or the SMTP server goes away (every later connection meets a closed port).
 */
class CrashingConnections implements SmtpConnections {

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

    private final JavaMailSenderImpl server;
    private final int healthy;
    private final When when;
    private final AtomicInteger sent = new AtomicInteger();

    CrashingConnections(JavaMailSenderImpl server, int healthy, When when) {
        this.server = server;
        this.healthy = healthy;
        this.when = when;
    }

    @Override
    public SmtpConnection open() {
        SmtpConnection real = SmtpConnections.of(server).open();
        return new SmtpConnection() {
            @Override
            public void send(MimeMessage message) throws Exception {
                if (sent.get() < healthy) {
                    real.send(message);
                    sent.incrementAndGet();
                    return;
                }
                switch (when) {
                    case BEFORE_DELIVERY -> throw new SimulatedCrash();
                    case AFTER_DELIVERY -> {
                        real.send(message);
                        throw new SimulatedCrash();
                    }
                    case SERVER_GOES_DOWN -> {
                        real.close();
                        server.setPort(closedPort());
                        SmtpConnections.of(server).open().send(message);
                    }
                }
            }

            @Override
            public void close() {
                real.close();
            }
        };
    }

    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
