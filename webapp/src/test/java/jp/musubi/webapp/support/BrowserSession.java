package jp.musubi.webapp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * One test's browser: an isolated context (own cookies) on the shared Chromium, the application's
 * base URL, and the checks every page test needs.
 */
public class BrowserSession implements AutoCloseable {

    /** The demo accounts' password (seeds/accounts.yml). */
    public static final String DEMO_PASSWORD = "musubi-demo";
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa");

    private final BrowserContext context;
    private final String baseUrl;
    /** What Chromium logged about the Content-Security-Policy, on any page of this session. */
    private final List<String> cspViolations = new CopyOnWriteArrayList<>();

    BrowserSession(Browser browser, String baseUrl) {
        this.context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setBaseURL(baseUrl));
        this.baseUrl = baseUrl;
        // Deadlines, not sleeps: generous enough for a machine shared by many builds.
        context.setDefaultTimeout(30_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.location() + ": " + message.text());
            }
        });
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Page open(String path) {
        Page page = context.newPage();
        page.navigate(path);
        return page;
    }

    /** Logs in through the login page, typing like a user, and returns the page it lands on. */
    public Page login(String username, String password) {
        Page page = open("/login");
        page.getByLabel("ログインID").fill(username);
        page.getByLabel("パスワード").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("ログイン")).click();
        return page;
    }

    /** Axe clean at 1280 and at 320 px, and no horizontal scrolling at 320 px; leaves the page at 1280. */
    public void assertAccessibleAtBothWidths(Page page) {
        page.setViewportSize(1280, 900);
        assertAccessible(page);
        page.setViewportSize(320, 640);
        assertAccessible(page);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow at 320 px on %s", page.url()).isLessThanOrEqualTo(0);
        page.setViewportSize(1280, 900);
    }

    /**
     * Fails with the rule, the impact and the offending elements if axe-core finds a WCAG 2.0 A/AA violation,
     * and if any page of this session so far broke the Content-Security-Policy (a blocked font, style or script).
     */
    public void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        assertThat(results.getViolations()).as("axe-core (wcag2a, wcag2aa) on %s:%n%s", page.url(),
                describe(results.getViolations())).isEmpty();
        assertNoCspViolation();
    }

    /** Fails if Chromium logged a Content-Security-Policy violation on any page this session opened. */
    public void assertNoCspViolation() {
        assertThat(cspViolations).as("Content-Security-Policy violations logged in the console").isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " → "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public void close() {
        context.close();
    }
}
