package jp.musubi.workflow.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts password-reset requests per mail address and per client in a sliding window, so that the form
 * can neither flood a mailbox nor be used to send mail in bulk. In memory: a restart forgets the counts,
 * which only gives a requester one more window.
 */
@Component
class PasswordResetThrottle {

    /** Beyond this many keys, expired ones are swept before a new key is added. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();
    private final PasswordResetProperties properties;
    private final Clock clock;

    PasswordResetThrottle(PasswordResetProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Notes a request from the client; false if the client already made its allowed number in the window. */
    boolean allowClient(String client) {
        return allow("client:" + client, properties.perClient());
    }

    /** Notes a request for the address; false if it already got its allowed number of mails in the window. */
    boolean allowAddress(String normalizedAddress) {
        return allow("address:" + normalizedAddress, properties.perAddress());
    }

    private boolean allow(String key, int limit) {
        Instant now = clock.instant();
        Instant since = now.minus(properties.window());
        if (requests.size() > SWEEP_ABOVE) {
            requests.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return entry.getValue().isEmpty() || !entry.getValue().peekLast().isAfter(since);
                }
            });
        }
        Deque<Instant> times = requests.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            // Only what lies in the window up to now counts (a clock set back forgets later requests).
            long inWindow = times.stream().filter(time -> !time.isAfter(now)).count();
            if (inWindow >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
