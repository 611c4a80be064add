package jp.musubi.cms.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the delivery API ({@code musubi.delivery.*}). A missing, zero or negative value
 * takes the default.
 *
 * @param snapshotMaxAge how long an in-memory snapshot of a workspace is used at most before it is
 *                       read again even though the change log did not move (default 5 minutes);
 *                       it bounds how long a change committed out of sequence order can stay unseen
 * @param requestBudget  how long one list request may spend filtering and ordering before it is
 *                       answered 503 instead (default 2 seconds), so no query holds a core for long
 * @param like           the limits of a {@code like} pattern
 */
@ConfigurationProperties("musubi.delivery")
public record DeliveryProperties(Duration snapshotMaxAge, Duration requestBudget, Like like) {

    public DeliveryProperties {
        snapshotMaxAge = positiveOr(snapshotMaxAge, Duration.ofMinutes(5));
        requestBudget = positiveOr(requestBudget, Duration.ofSeconds(2));
        like = like == null ? new Like(0, 0) : like;
    }

    /** Every setting at its default. */
    static DeliveryProperties defaults() {
        return new DeliveryProperties(null, null, null);
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }

    /**
     * Anonymous requests choose the pattern, so its size is capped even though matching is linear.
     *
     * @param maxLength    the longest pattern, in characters (default 200)
     * @param maxWildcards the most {@code %} in one pattern (default 10)
     */
    public record Like(int maxLength, int maxWildcards) {

        public Like {
            maxLength = maxLength > 0 ? maxLength : 200;
            maxWildcards = maxWildcards > 0 ? maxWildcards : 10;
        }
    }
}
