package jp.musubi.workflow.account;

import static jp.musubi.workflow.account.AccountTexts.TEXTS;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.musubi.cms.mail.address.EmailAddressPolicy;
import jp.musubi.cms.mail.notification.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * パスワードの再設定 from the login page: whoever types a mail address gets the same answer, and the
 * holders of enabled accounts with that address get a one-time link by mail, as for the activation.
 * The link sets a new password once; every other open link of the account then stops working.
 */
@Service
public class PasswordResets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_ADDRESS_LENGTH = 254;

    /** What a request came to, as far as the requester may know. */
    public enum Outcome {
        /** Answered "if the address is registered, a mail is on its way" (whether or not it is). */
        ACCEPTED,
        /** The address is not one at all: the form shows the error. */
        INVALID_ADDRESS,
        /** Too many requests from this client: refused, for every address alike. */
        CLIENT_THROTTLED
    }

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Notifications notifications;
    private final PasswordResetThrottle throttle;
    private final PasswordResetProperties properties;
    private final Clock clock;

    PasswordResets(JdbcClient jdbc, AccountRepository accounts, PasswordEncoder passwordEncoder,
                   Notifications notifications, PasswordResetThrottle throttle, PasswordResetProperties properties,
                   Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.notifications = notifications;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Mails a link to each enabled account with the address, unless the address already got its mails
     * for the window; says nothing about which happened.
     *
     * @param client the requester's network address, for the per-client limit
     */
    @Transactional
    public Outcome request(String address, String client) {
        String typed = address == null ? "" : address.strip();
        if (typed.isEmpty() || typed.length() > MAX_ADDRESS_LENGTH || !EmailAddressPolicy.isDeliverable(typed)) {
            return Outcome.INVALID_ADDRESS;
        }
        if (!throttle.allowClient(client == null ? "" : client)) {
            return Outcome.CLIENT_THROTTLED;
        }
        if (!throttle.allowAddress(typed.toLowerCase(Locale.ROOT))) {
            return Outcome.ACCEPTED;
        }
        for (Account account : accounts.findEnabledByEmail(typed)) {
            String token = newToken();
            Instant now = clock.instant();
            Instant expiresAt = now.plus(properties.validity());
            jdbc.sql("INSERT INTO account_password_reset (token_hash, account_id, expires_at, created_at) VALUES (?, ?, ?, ?)")
                    .params(AccountActivations.hash(token), account.id(), Timestamp.from(expiresAt), Timestamp.from(now))
                    .update();
            notifications.send(new PasswordResetMail(account.email(), account.displayName(), account.username(),
                    "/account/password-reset/new?token=" + token, expiresAt));
        }
        return Outcome.ACCEPTED;
    }

    /** The login ID the link resets, if the link is still usable (and the account still enabled). */
    @Transactional(readOnly = true)
    public Optional<String> usernameFor(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT a.username FROM account_password_reset r JOIN account a ON a.id = r.account_id
                        WHERE r.token_hash = ? AND r.used_at IS NULL AND r.expires_at > ? AND a.enabled = TRUE""")
                .params(AccountActivations.hash(token), Timestamp.from(clock.instant()))
                .query(String.class).optional();
    }

    /**
     * Sets the new password; this link and every other open link of the account stop working.
     *
     * @return the login ID whose password was set
     * @throws AccountActivationException with Japanese messages by field (key {@code token}: the link is
     *                                    unusable); nothing is changed
     */
    @Transactional
    public String reset(String token, String password, String confirmation) {
        String username = usernameFor(token).orElseThrow(
                () -> new AccountActivationException(Map.of("token", TEXTS.get("account.reset.unusable"))));
        Map<String, String> errors = AccountActivations.newPasswordErrors(username, password, confirmation);
        if (!errors.isEmpty()) {
            throw new AccountActivationException(errors);
        }
        Timestamp now = Timestamp.from(clock.instant());
        // Only one of two concurrent uses of the same link wins the row.
        int used = jdbc.sql("UPDATE account_password_reset SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
                .params(now, AccountActivations.hash(token)).update();
        if (used != 1) {
            throw new AccountActivationException(Map.of("token", TEXTS.get("account.reset.unusable")));
        }
        jdbc.sql("""
                        UPDATE account_password_reset SET used_at = ?
                        WHERE used_at IS NULL AND account_id = (SELECT id FROM account WHERE username = ?)""")
                .params(now, username).update();
        accounts.setPasswordHash(username, passwordEncoder.encode(password));
        return username;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
