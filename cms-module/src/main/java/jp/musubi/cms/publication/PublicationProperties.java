package jp.musubi.cms.publication;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param schedulerInterval how often scheduled publications that are due are published (the
 *                          {@code @Scheduled} job reads the same key); a publication may be that late
 */
@ConfigurationProperties("musubi.cms.publication")
public record PublicationProperties(Duration schedulerInterval) {

    public PublicationProperties {
        if (schedulerInterval == null) {
            schedulerInterval = Duration.ofMinutes(1);
        }
        if (schedulerInterval.isNegative() || schedulerInterval.isZero()) {
            throw new IllegalArgumentException("musubi.cms.publication.scheduler-interval must be positive");
        }
    }
}
