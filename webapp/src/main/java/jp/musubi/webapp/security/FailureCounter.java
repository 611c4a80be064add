package jp.musubi.webapp.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jp.musubi.webapp.security.LoginProtectionProperties.Backoff;

/**
 * Failed logins per key and the back-off they cause. The map is bounded: it holds at most
 * {@code maxTracked} keys, ordered by their last failure, so an attacker who invents keys only
 * pushes out the stalest ones; keys without a failure for {@code forgetAfter} are dropped.
 */
final class FailureCounter<K> {

    /** Failures beyond this are not counted: the back-off is long capped by then. */
    private static final int MAX_COUNT = 1_000;

    private final Backoff backoff;
    private final Duration forgetAfter;
    private final int maxTracked;
    private final LinkedHashMap<K, Failures> failures = new LinkedHashMap<>();

    FailureCounter(Backoff backoff, Duration forgetAfter, int maxTracked) {
        this.backoff = backoff;
        this.forgetAfter = forgetAfter;
        this.maxTracked = maxTracked;
    }

    /** Whether an attempt for this key is refused at {@code now}. */
    synchronized boolean refuses(K key, Instant now) {
        Failures recorded = failures.get(key);
        return recorded != null && !forgotten(recorded, now) && refuses(recorded, now);
    }

    synchronized void recordFailure(K key, Instant now) {
        Failures recorded = failures.remove(key);
        int count = recorded == null || forgotten(recorded, now) ? 1 : Math.min(recorded.count() + 1, MAX_COUNT);
        failures.put(key, new Failures(count, now));  // re-inserted: the map stays ordered by last failure
        sweep(now);
    }

    synchronized void clear(K key) {
        failures.remove(key);
    }

    synchronized void clearIf(Predicate<K> key) {
        failures.keySet().removeIf(key);
    }

    /** The keys whose back-off runs at {@code now}. */
    synchronized Set<K> refusingAt(Instant now) {
        return failures.entrySet().stream().filter(entry -> refuses(entry.getValue(), now))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    synchronized int size() {
        return failures.size();
    }

    private boolean refuses(Failures recorded, Instant now) {
        return now.isBefore(recorded.last().plus(backoff.delayAfter(recorded.count())));
    }

    private boolean forgotten(Failures recorded, Instant now) {
        return !now.isBefore(recorded.last().plus(forgetAfter));
    }

    /** Drops forgotten keys from the stale end, then the stalest ones beyond the bound. */
    private void sweep(Instant now) {
        Iterator<Failures> oldestFirst = failures.values().iterator();
        while (oldestFirst.hasNext()) {
            Failures oldest = oldestFirst.next();
            if (failures.size() > maxTracked || forgotten(oldest, now)) {
                oldestFirst.remove();
            } else {
                break;
            }
        }
    }

    /** How many failures a key has had, and when the last one was. */
    private record Failures(int count, Instant last) {
    }
}
