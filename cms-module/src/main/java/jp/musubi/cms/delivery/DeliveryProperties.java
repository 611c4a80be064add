package jp.musubi.cms.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the delivery API ({@code musubi.delivery.*}).
 *
 * @param snapshotMaxAge how long an in-memory snapshot of a workspace is used at most before it is
 *                       read again even though the change log did not move (default 5 minutes);
 *                       it bounds how long a change committed out of sequence order can stay unseen
 */
@ConfigurationProperties("musubi.delivery")
public record DeliveryProperties(Duration snapshotMaxAge) {

    public DeliveryProperties {
        if (snapshotMaxAge == null || snapshotMaxAge.isNegative() || snapshotMaxAge.isZero()) {
            snapshotMaxAge = Duration.ofMinutes(5);
        }
    }
}
