package jp.musubi.webapp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Drives Debian's Chromium through Playwright for Java against the application started by the
 * Spring test context. Playwright never downloads a browser: it launches {@code /usr/bin/chromium}
 * (or {@code MUSUBI_CHROMIUM}). Without that executable, browser tests are skipped with a message.
 * One Chromium serves the whole test run; each test gets a fresh {@link BrowserSession}. After every
 * browser test, it fails if any page the test opened logged a Content-Security-Policy violation (issue 21,
 * item 12: a blocked font or inline style is a defect users see, whether or not the test looked for it).
 */
public class BrowserExtension implements ExecutionCondition, ParameterResolver, AfterEachCallback {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MUSUBI_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--disable-dev-shm-usage");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM)) {
            return ConditionEvaluationResult.enabled("Chromium found at " + CHROMIUM);
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: no Chromium at " + CHROMIUM
                + " (install Debian's chromium: apt-get install chromium, as .ci/run does)");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SharedBrowser shared = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedBrowser.class, key -> new SharedBrowser(), SharedBrowser.class);
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        BrowserSession session = shared.session("http://localhost:" + port);
        context.getStore(NAMESPACE).put(BrowserSession.class, session);
        return session;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserSession session = context.getStore(NAMESPACE).get(BrowserSession.class, BrowserSession.class);
        if (session != null) {
            session.assertNoCspViolation();
        }
    }

    /**
     * One Playwright and one Chromium for the whole run, closed when the run ends. If Chromium goes away
     * (a crash, or the machine killing it), the next test gets a new one instead of every later test failing
     * on a closed browser; the reason is printed so the run's log says what happened.
     */
    private static final class SharedBrowser implements AutoCloseable {
        private final Playwright playwright;
        private Browser browser;

        SharedBrowser() {
            // The driver, Chromium's profile and its shared memory (--disable-dev-shm-usage) go under target/,
            // not /tmp: a small /tmp filled up by them makes Chromium die in the middle of the run.
            Path tmp = Path.of("target", "browser-tmp").toAbsolutePath();
            try {
                Files.createDirectories(tmp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (System.getProperty("playwright.driver.tmpdir") == null) {
                System.setProperty("playwright.driver.tmpdir", tmp.toString());
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "TMPDIR", tmp.toString())));
            browser = launch();
        }

        private Browser launch() {
            Browser launched = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
            launched.onDisconnected(gone -> System.err.println("[browser tests] Chromium disconnected"));
            return launched;
        }

        synchronized BrowserSession session(String baseUrl) {
            if (!browser.isConnected()) {
                browser = launch();
            }
            try {
                return new BrowserSession(browser, baseUrl);
            } catch (PlaywrightException closed) {
                System.err.println("[browser tests] Chromium refused a new context, starting a new one: " + closed.getMessage());
                closeQuietly();
                browser = launch();
                return new BrowserSession(browser, baseUrl);
            }
        }

        private void closeQuietly() {
            try {
                browser.close();
            } catch (PlaywrightException alreadyGone) {
                // nothing left to close
            }
        }

        @Override
        public void close() {
            closeQuietly();
            playwright.close();
        }
    }
}
