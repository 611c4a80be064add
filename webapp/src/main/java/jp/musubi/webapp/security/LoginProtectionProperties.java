package jp.musubi.webapp.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Throttling of failed logins, against password guessing, without a lock-out anyone could trigger.
 * Each counter keeps the failures of one key; once a key has {@code freeFailures} failures, every
 * attempt within its back-off after the last failure is refused without checking the password. The
 * back-off starts at {@code firstDelay} and doubles with each further failure up to {@code maxDelay}.
 * Kept in memory per node (like the public forms' rate limit).
 *
 * @param pair        one login ID tried from one client address
 * @param client      one client address, whatever login IDs it tries
 * @param loginId     one login ID from every address; small on purpose, since anyone can push it
 * @param forgetAfter the failures of a key are forgotten after this long without a new one
 * @param maxTracked  most keys one counter remembers (the least recently failed is dropped first)
 */
@ConfigurationProperties("musubi.security.login")
public record LoginProtectionProperties(Backoff pair, Backoff client, Backoff loginId, Duration forgetAfter,
                                        int maxTracked) {

    public LoginProtectionProperties {
        pair = Backoff.orDefaults(pair, 3, Duration.ofSeconds(1), Duration.ofMinutes(5));
        client = Backoff.orDefaults(client, 10, Duration.ofSeconds(1), Duration.ofMinutes(5));
        loginId = Backoff.orDefaults(loginId, 10, Duration.ofSeconds(1), Duration.ofSeconds(10));
        if (forgetAfter == null || forgetAfter.isNegative() || forgetAfter.isZero()) {
            forgetAfter = Duration.ofMinutes(15);
        }
        // Forgetting a key before its back-off ends would cut the back-off short.
        for (Backoff backoff : new Backoff[] {pair, client, loginId}) {
            if (forgetAfter.compareTo(backoff.maxDelay()) < 0) {
                forgetAfter = backoff.maxDelay();
            }
        }
        if (maxTracked <= 0) {
            maxTracked = 10_000;
        }
    }

    /** A back-off: free failures, then {@code firstDelay}, doubling per failure up to {@code maxDelay}. */
    public record Backoff(int freeFailures, Duration firstDelay, Duration maxDelay) {

        static Backoff orDefaults(Backoff given, int freeFailures, Duration firstDelay, Duration maxDelay) {
            if (given == null) {
                return new Backoff(freeFailures, firstDelay, maxDelay);
            }
            Duration first = positiveOr(given.firstDelay(), firstDelay);
            Duration max = positiveOr(given.maxDelay(), maxDelay);
            return new Backoff(given.freeFailures() > 0 ? given.freeFailures() : freeFailures, first,
                    max.compareTo(first) < 0 ? first : max);
        }

        /** How long attempts are refused after the last of {@code failures} failures. */
        Duration delayAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            Duration delay = firstDelay;
            for (int i = freeFailures; i < failures && delay.compareTo(maxDelay) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }

        private static Duration positiveOr(Duration value, Duration fallback) {
            return value == null || value.isNegative() || value.isZero() ? fallback : value;
        }
    }
}
