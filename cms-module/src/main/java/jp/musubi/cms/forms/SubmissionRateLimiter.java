package jp.musubi.cms.forms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * At most {@code maxSubmissions} sends of one form from one client address per window, counted in
 * memory (a per-node limit: enough to stop a script hammering a form; not an accounting).
 */
@Component
class SubmissionRateLimiter {

    /** Beyond this many tracked addresses, expired entries are swept before adding one. */
    private static final int SWEEP_AT = 10_000;

    private final SiteFormProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> sends = new ConcurrentHashMap<>();

    SubmissionRateLimiter(SiteFormProperties properties, ObjectProvider<Clock> clock) {
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Counts a send; false when the limit is already reached (the send is then not counted). */
    boolean tryAcquire(String form, String address) {
        Instant now = clock.instant();
        Instant oldest = now.minus(properties.window());
        if (sends.size() > SWEEP_AT) {
            sends.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast().isBefore(oldest);
                }
            });
        }
        Deque<Instant> times = sends.computeIfAbsent(form + "|" + address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
                times.pollFirst();
            }
            if (times.size() >= properties.maxSubmissions()) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
