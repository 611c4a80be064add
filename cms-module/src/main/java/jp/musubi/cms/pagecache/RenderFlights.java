package jp.musubi.cms.pagecache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The renderings in progress, one per key: when many visitors miss the same page at once (a list
 * page just after a publication, a cold start under load), one request renders it and the others
 * wait for its bytes instead of rendering it too. A waiter waits a bounded time; when the rendering
 * fails, is not keepable or takes longer, it is told so and renders on its own, so a failure is
 * never handed on.
 */
final class RenderFlights {

    private final ConcurrentHashMap<String, Flight> inProgress = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * Joins the rendering of this key under this generation. A GET with nobody rendering becomes the
     * leader (it must {@link #land} its flight); a HEAD with nobody rendering gets null (it has no body
     * to share). A rendering under another generation is not joined: its bytes may be older than what
     * this request must see.
     */
    Flight join(String key, long generation, boolean head) {
        while (true) {
            Flight current = inProgress.get(key);
            if (current != null) {
                if (current.generation == generation) {
                    return current.follower();
                }
                return head ? null : new Flight(key, generation, true, new CompletableFuture<>(), false);
            }
            if (head) {
                return null;
            }
            Flight mine = new Flight(key, generation, true, new CompletableFuture<>(), true);
            if (inProgress.putIfAbsent(key, mine) == null) {
                return mine;
            }
        }
    }

    /** Ends a leader's rendering: the waiters get the kept bytes, or null when there are none. */
    void land(Flight flight, CachedResponse rendered) {
        if (flight.registered) {
            inProgress.remove(flight.key, flight);
        }
        flight.result.complete(rendered);
    }

    /** The leader's bytes for a follower, or null when it kept none or took longer than the bound. */
    CachedResponse await(Flight flight, long boundNanos) {
        waiting.incrementAndGet();
        try {
            return flight.result.get(boundNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException nothingToShare) {
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** How many requests wait for another's rendering right now (tests). */
    int waiting() {
        return waiting.get();
    }

    /** How many renderings are in progress (tests). */
    int inProgress() {
        return inProgress.size();
    }

    /**
     * One rendering; {@code leads} tells the request that renders from one that waits. A leader whose
     * generation lost the race to an older rendering leads alone ({@code registered} false).
     */
    record Flight(String key, long generation, boolean leads, CompletableFuture<CachedResponse> result,
                  boolean registered) {

        Flight follower() {
            return new Flight(key, generation, false, result, false);
        }
    }
}
