package jp.musubi.webapp.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.webapp.support.HttpVisitor;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.webapp.support.MutableClock;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * パスワードの再設定 through the real HTTP stack (issue 21, item 18): the answer never tells whether an
 * address is registered, the mailed link works once, and requests are throttled per address and client.
 */
@MusubiSpringBootTest
class PasswordResetTest {

    static final Pattern LINK = Pattern.compile("(/account/password-reset/new\\?token=[A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "wasureta-hi-2026";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void ownWindow() {
        // Requests counted here lie a month ahead: no other test's requests share their window, and
        // theirs no longer count once the clock is back.
        clock.freeze();
        clock.advance(Duration.ofDays(30));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswerAndOnlyTheKnownOneAMail() throws Exception {
        String address = newAccount();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.jp";

        HttpResponse<String> known = request(address);
        HttpResponse<String> none = request(unknown);

        assertThat(known.statusCode()).isEqualTo(302);
        assertThat(none.statusCode()).isEqualTo(302);
        assertThat(known.headers().firstValue("Location")).isEqualTo(none.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/password-reset/sent"));
        HttpResponse<String> sent = visitor().get("/account/password-reset/sent");
        assertThat(sent.body()).contains("メールをご確認ください", "登録されたアカウントがある場合は");
        assertThat(mails(address)).isEqualTo(1);
        assertThat(mails(unknown)).isZero();
    }

    @Test
    void theLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() throws Exception {
        String address = newAccount();
        String username = username(address);
        request(address);
        String path = link(address);

        HttpVisitor visitor = visitor();
        HttpResponse<String> form = visitor.get(path);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("ログインID「" + username + "」の新しいパスワード");

        String token = path.substring(path.indexOf("token=") + 6);
        HttpResponse<String> mismatch = visitor.submit(path, "/account/password-reset/new",
                Map.of("token", token, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD + "x"));
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(mismatch.body()).contains("入力が一致しません", "id=\"error-summary\"");

        HttpResponse<String> done = visitor.submit(path, "/account/password-reset/new",
                Map.of("token", token, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/account/password-reset/done"));

        HttpVisitor.loggedIn(base(), username, NEW_PASSWORD);
        // The old password is checked on the stored hash, not by a failed login: a failure recorded while
        // the clock is a month ahead would slow every later login from this address.
        String hash = accounts.findByUsername(username).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("initial-password-0000", hash)).isFalse();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();

        HttpResponse<String> again = visitor().get(path);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("既に使われています", "再設定のリンクを求める");
    }

    @Test
    void oneAddressGetsAtMostThreeMailsPerHourAndAnswersAlikeAfterwards() throws Exception {
        String address = newAccount();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> answer = request(address);
            assertThat(answer.statusCode()).as("request %d", i + 1).isEqualTo(302);
        }
        assertThat(mails(address)).isEqualTo(3);

        clock.advance(Duration.ofMinutes(61));
        request(address);
        assertThat(mails(address)).isEqualTo(4);
    }

    @Test
    void oneClientIsRefusedAfterTenRequestsPerHourWhateverTheAddress() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(request("someone-" + i + "-" + UUID.randomUUID() + "@example.jp").statusCode()).isEqualTo(302);
        }
        HttpResponse<String> refused = request("one-more-" + UUID.randomUUID() + "@example.jp");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("しばらく時間をおいてから");

        clock.advance(Duration.ofMinutes(61));
        assertThat(request("later-" + UUID.randomUUID() + "@example.jp").statusCode()).isEqualTo(302);
    }

    @Test
    void aMalformedAddressIsAFieldErrorAndSendsNothing() throws Exception {
        HttpResponse<String> answer = request("not-an-address");
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"error-summary\"", "name@example.jp", "aria-invalid=\"true\"");
    }

    @Test
    void theLoginPageLeadsToTheResetForm() throws Exception {
        HttpResponse<String> login = visitor().get("/login");
        assertThat(login.body()).contains("href=\"/account/password-reset\"", "パスワードをお忘れの方");
        HttpResponse<String> form = visitor().get("/account/password-reset");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<h1>パスワードの再設定</h1>", "type=\"email\"");
    }

    private HttpResponse<String> request(String address) throws Exception {
        return visitor().submit("/account/password-reset", "/account/password-reset", Map.of("email", address));
    }

    /** A member account of its own, so that no demo password changes. */
    private String newAccount() {
        String unique = "rst" + UUID.randomUUID().toString().substring(0, 8);
        String address = unique + "@example.co.jp";
        accounts.create(new NewAccount(unique, "再設定 太郎", address, "initial-password-0000", Set.of(Role.MEMBER),
                null, null));
        return address;
    }

    private String username(String address) {
        return address.substring(0, address.indexOf('@'));
    }

    private int mails(String address) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND kind = 'password-reset'")
                .param(address).query(Integer.class).single();
    }

    private String link(String address) {
        String text = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? AND kind = 'password-reset'")
                .param(address).query(String.class).single();
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("reset link in the mail").isTrue();
        return link.group(1);
    }

    private HttpVisitor visitor() {
        return new HttpVisitor(base());
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }
}
