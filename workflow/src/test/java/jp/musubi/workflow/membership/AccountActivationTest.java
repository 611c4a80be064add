package jp.musubi.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.workflow.account.AccountActivationException;
import jp.musubi.workflow.account.AccountActivations;
import jp.musubi.workflow.account.AccountRepository;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An approved member activates the account with the mailed one-time link by setting a first password. */
@WorkflowSpringBootTest
class AccountActivationTest {

    private static final Pattern LINK = Pattern.compile("/account/activate\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "kawa-tenken-2026!";

    @Autowired
    MembershipApplications applications;

    @Autowired
    MembershipScreening screening;

    @Autowired
    AccountActivations activations;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMailedLinkSetsTheFirstPasswordAndEnablesTheAccountOnce() {
        MembershipApplication application = approvedApplication("act");
        String token = tokenFromMail(application);
        assertThat(activations.usernameFor(token)).contains(application.loginId());

        assertThat(activations.activate(token, PASSWORD, PASSWORD)).isEqualTo(application.loginId());

        var account = accounts.findByUsername(application.loginId()).orElseThrow();
        assertThat(account.enabled()).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, account.passwordHash())).isTrue();
        assertThat(activations.usernameFor(token)).isEmpty();
        assertThatThrownBy(() -> activations.activate(token, "another-password-1", "another-password-1"))
                .isInstanceOf(AccountActivationException.class).hasMessageContaining("既に使われています");
        assertThat(passwordEncoder.matches(PASSWORD, accounts.findByUsername(application.loginId()).orElseThrow()
                .passwordHash())).as("the second use changed nothing").isTrue();
    }

    @Test
    void aWeakOrMismatchedPasswordIsRefusedAndTheLinkStaysUsable() {
        MembershipApplication application = approvedApplication("weakpass");
        String token = tokenFromMail(application);

        assertRefused(token, "", "", "password", "パスワードを入力してください");
        assertRefused(token, "short-pw", "short-pw", "password", "12文字以上");
        String loginIdAsPassword = application.loginId().toUpperCase(); // 16 characters: long enough
        assertRefused(token, loginIdAsPassword, loginIdAsPassword, "password", "ログインIDと同じ");
        assertRefused(token, PASSWORD, PASSWORD + "x", "confirmation", "一致しません");
        assertRefused(token, "x".repeat(129), "x".repeat(129), "password", "128文字以内");

        assertThat(accounts.findByUsername(application.loginId()).orElseThrow().enabled()).isFalse();
        assertThat(activations.usernameFor(token)).contains(application.loginId());
    }

    @Test
    void anExpiredOrUnknownLinkIsRefused() {
        MembershipApplication application = approvedApplication("exp");
        String token = tokenFromMail(application);
        jdbc.sql("UPDATE account_activation SET expires_at = ? WHERE account_id = "
                        + "(SELECT id FROM account WHERE username = ?)")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), application.loginId()).update();

        assertThatThrownBy(() -> activations.activate(token, PASSWORD, PASSWORD))
                .isInstanceOf(AccountActivationException.class)
                .satisfies(e -> assertThat(((AccountActivationException) e).linkUnusable()).isTrue())
                .hasMessageContaining("有効期限");
        assertThatThrownBy(() -> activations.activate("no-such-token", PASSWORD, PASSWORD))
                .isInstanceOf(AccountActivationException.class);
        assertThat(activations.usernameFor(null)).isEmpty();
        assertThat(accounts.findByUsername(application.loginId()).orElseThrow().enabled()).isFalse();
    }

    private void assertRefused(String token, String password, String confirmation, String field, String message) {
        assertThatThrownBy(() -> activations.activate(token, password, confirmation))
                .isInstanceOfSatisfying(AccountActivationException.class, e -> {
                    assertThat(e.linkUnusable()).isFalse();
                    assertThat(e.fieldErrors()).containsKey(field);
                    assertThat(e.fieldErrors().get(field)).contains(message);
                });
    }

    private MembershipApplication approvedApplication(String prefix) {
        MembershipApplication application = MembershipFixtures.application(prefix);
        long id = applications.apply(application);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .processDefinitionKey("member-registration").taskDefinitionKey("screenMembership").singleResult().getId();
        screening.complete(task, ScreeningDecision.approveAllChecked(), "secretariat1");
        return application;
    }

    private String tokenFromMail(MembershipApplication application) {
        String text = MembershipFixtures.mails(jdbc, application.contactEmail()).get(0).get("text_body").toString();
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("activation link in the mail").isTrue();
        return link.group(1);
    }
}
