package jp.musubi.webapp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

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

    BrowserSession(Browser browser, String baseUrl) {
        this.context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setBaseURL(baseUrl));
        this.baseUrl = baseUrl;
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

    /** Fails with the rule, the impact and the offending elements if axe-core finds a WCAG 2.0 A/AA violation. */
    public void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        assertThat(results.getViolations()).as("axe-core (wcag2a, wcag2aa) on %s:%n%s", page.url(),
                describe(results.getViolations())).isEmpty();
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
