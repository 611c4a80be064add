package jp.musubi.webapp.security;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import jp.musubi.workflow.account.LoginRestrictions;
import org.springframework.stereotype.Component;

/**
 * Growing delays instead of a lock-out. Three counters, each with its own back-off: the pair
 * (login ID, client) slows one client guessing one account; the client slows one client trying many
 * IDs; the login ID slows guessing one account from many clients, but only by a few seconds, because
 * any client can push it and the owner must not be kept out. Another client's failures therefore
 * never keep the owner's own address out for long.
 */
@Component
class LoginThrottle implements LoginRestrictions {

    private final Clock clock;
    private final FailureCounter<LoginAttempt.Pair> pairs;
    private final FailureCounter<String> clients;
    private final FailureCounter<String> loginIds;

    LoginThrottle(LoginProtectionProperties properties, Clock clock) {
        this.clock = clock;
        this.pairs = new FailureCounter<>(properties.pair(), properties.forgetAfter(), properties.maxTracked());
        this.clients = new FailureCounter<>(properties.client(), properties.forgetAfter(), properties.maxTracked());
        this.loginIds = new FailureCounter<>(properties.loginId(), properties.forgetAfter(), properties.maxTracked());
    }

    /** Whether the attempt is refused before its password is checked. */
    boolean refuses(LoginAttempt attempt) {
        var now = clock.instant();
        return pairs.refuses(attempt.pair(), now) || clients.refuses(attempt.client(), now)
                || loginIds.refuses(attempt.loginId(), now);
    }

    void recordFailure(LoginAttempt attempt) {
        var now = clock.instant();
        pairs.recordFailure(attempt.pair(), now);
        clients.recordFailure(attempt.client(), now);
        loginIds.recordFailure(attempt.loginId(), now);
    }

    /**
     * The right password ends the account's back-off. The client's counter stays: otherwise a client
     * could wipe its record by logging into an account of its own between guesses.
     */
    void recordSuccess(LoginAttempt attempt) {
        pairs.clear(attempt.pair());
        loginIds.clear(attempt.loginId());
    }

    /** The administrator's 「ログイン制限を解除」; the clients' own counters stay. */
    @Override
    public void lift(String loginId) {
        String id = key(loginId);
        pairs.clearIf(pair -> pair.loginId().equals(id));
        loginIds.clear(id);
    }

    @Override
    public Set<String> restrictedLoginIds() {
        var now = clock.instant();
        Set<String> restricted = new HashSet<>(loginIds.refusingAt(now));
        pairs.refusingAt(now).forEach(pair -> restricted.add(pair.loginId()));
        return restricted;
    }

    /** Keys held by the three counters together (each bounded by {@code max-tracked}). */
    int trackedKeys() {
        return pairs.size() + clients.size() + loginIds.size();
    }

    static String key(String loginId) {
        return LoginAttempt.of(loginId, null).loginId();
    }
}
