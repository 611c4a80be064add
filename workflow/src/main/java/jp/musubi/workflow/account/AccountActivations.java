package jp.musubi.workflow.account;

import static jp.musubi.workflow.account.AccountTexts.TEXTS;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * アカウントの有効化: an account created disabled (a newly approved member) becomes usable when its
 * holder opens the mailed one-time link and sets a first password. Nobody else ever knows it.
 */
@Service
public class AccountActivations {

    static final int MIN_PASSWORD_LENGTH = AdminBootstrap.MIN_PASSWORD_LENGTH;
    static final int MAX_PASSWORD_LENGTH = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UNUSABLE = TEXTS.get("account.activation.unusable");

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountActivationProperties properties;
    private final Clock clock;

    AccountActivations(JdbcClient jdbc, AccountRepository accounts, PasswordEncoder passwordEncoder,
                       AccountActivationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    /** Issues a new link for the account (earlier unused links stay valid until they expire). */
    @Transactional
    public ActivationLink issue(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no account " + username));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.validity());
        jdbc.sql("INSERT INTO account_activation (token_hash, account_id, expires_at, created_at) VALUES (?, ?, ?, ?)")
                .params(hash(token), account.id(), Timestamp.from(expiresAt), Timestamp.from(now))
                .update();
        return new ActivationLink(token, expiresAt);
    }

    /** The login ID the link activates, if the link is still usable. */
    @Transactional(readOnly = true)
    public Optional<String> usernameFor(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT a.username FROM account_activation v JOIN account a ON a.id = v.account_id
                        WHERE v.token_hash = ? AND v.used_at IS NULL AND v.expires_at > ?""")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query(String.class).optional();
    }

    /**
     * Sets the first password and enables the account; the link cannot be used again.
     *
     * @return the login ID of the activated account
     * @throws AccountActivationException with Japanese messages by field; nothing is changed
     */
    @Transactional
    public String activate(String token, String password, String confirmation) {
        String username = usernameFor(token).orElseThrow(
                () -> new AccountActivationException(Map.of("token", UNUSABLE)));
        Map<String, String> errors = newPasswordErrors(username, password, confirmation);
        if (!errors.isEmpty()) {
            throw new AccountActivationException(errors);
        }
        // Only one of two concurrent uses of the same link wins the row.
        int used = jdbc.sql("UPDATE account_activation SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), hash(token)).update();
        if (used != 1) {
            throw new AccountActivationException(Map.of("token", UNUSABLE));
        }
        accounts.setPasswordHash(username, passwordEncoder.encode(password));
        accounts.setEnabled(username, true);
        return username;
    }

    /** What is wrong with a chosen password, by field ({@code password}, {@code confirmation}); empty if nothing. */
    static Map<String, String> newPasswordErrors(String username, String password, String confirmation) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (password == null || password.isEmpty()) {
            errors.put("password", TEXTS.get("account.activation.passwordRequired"));
        } else if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            errors.put("password", TEXTS.get("account.activation.passwordLength", MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH));
        } else if (password.strip().isEmpty() || password.equalsIgnoreCase(username)) {
            errors.put("password", TEXTS.get("account.activation.passwordWeak"));
        }
        if (password != null && !password.isEmpty() && !password.equals(confirmation)) {
            errors.put("confirmation", TEXTS.get("account.activation.confirmationMismatch"));
        }
        return errors;
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
