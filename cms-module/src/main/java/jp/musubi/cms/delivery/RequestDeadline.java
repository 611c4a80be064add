package jp.musubi.cms.delivery;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time one list request may still spend. The loops whose length the request decides call
 * {@link #check()}, which gives up with a 503 {@link DeliveryProblem} once the budget is spent, so
 * a costly query frees its thread instead of running on.
 */
final class RequestDeadline {

    /** Reading the time for every node would cost about as much as a filter; every 64th is enough. */
    static final int CHECK_INTERVAL = 64;

    private final Duration budget;
    private final LongSupplier nanoTime;
    private final long deadline;
    private int checks;

    private RequestDeadline(Duration budget, LongSupplier nanoTime) {
        this.budget = budget;
        this.nanoTime = nanoTime;
        this.deadline = nanoTime.getAsLong() + budget.toNanos();
    }

    /** @param nanoTime a monotonic time source, {@code System::nanoTime} outside tests */
    static RequestDeadline after(Duration budget, LongSupplier nanoTime) {
        return new RequestDeadline(budget, nanoTime);
    }

    /** @throws DeliveryProblem (503) when the budget is spent; looks at the time on the first call and every 64th */
    void check() {
        if (checks++ % CHECK_INTERVAL == 0 && nanoTime.getAsLong() - deadline >= 0) {
            throw DeliveryProblem.overBudget(DeliveryMessages.overBudget(budget));
        }
    }
}
