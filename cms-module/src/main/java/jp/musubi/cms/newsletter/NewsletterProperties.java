package jp.musubi.cms.newsletter;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The member newsletter ({@code musubi.newsletter.*}).
 *
 * @param unsubscribeSecret key of the HMAC that signs unsubscribe links; required in every profile but
 *                          the embedded default, which generates a random one on its first start and keeps it
 *                          in {@code secretDirectory} (a configured secret always wins)
 * @param secretDirectory   where the embedded default keeps its generated secret: beside its database
 * @param batchSize         recipients enqueued per transaction
 * @param lease             how long one node owns a send that is being enqueued; after that another resumes it
 * @param pollInterval      how often the background worker resumes interrupted sends and updates progress
 * @param background        false: no background worker (tests drive the steps themselves)
 */
@ConfigurationProperties("musubi.newsletter")
public record NewsletterProperties(@DefaultValue("") String unsubscribeSecret,
                                   @DefaultValue("./data") Path secretDirectory,
                                   @DefaultValue("500") int batchSize,
                                   @DefaultValue("2m") Duration lease,
                                   @DefaultValue("10s") Duration pollInterval,
                                   @DefaultValue("true") boolean background) {

    public NewsletterProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("musubi.newsletter.batch-size must be at least 1");
        }
    }
}
