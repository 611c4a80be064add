package jp.musubi.cms.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The SMTP port of the test run's GreenMail: a free port chosen once per JVM, never a fixed one (a
 * fixed port fails when another run or the product holds it). The shared Spring context sends to it
 * ({@link Initializer}); the mail tests start GreenMail on it ({@link #setup()}).
 */
public final class TestSmtp {

    public static final int PORT = freePort();

    private TestSmtp() {
    }

    /** GreenMail's SMTP on {@link #PORT}, on the loopback address the context sends to. */
    public static ServerSetup setup() {
        return new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points {@code spring.mail.*} of the shared test context at {@link #PORT}. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-smtp",
                    Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", PORT)));
        }
    }
}
