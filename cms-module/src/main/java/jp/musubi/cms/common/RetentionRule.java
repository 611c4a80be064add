package jp.musubi.cms.common;

import java.time.Instant;

/**
 * A kind of record kept only for a configured period (inquiries, consultations, event applications,
 * audit entries…), contributed as a bean by the feature that owns it. The daily retention job reads
 * the period for {@link #id()} from configuration and calls {@link #eraseBefore} with the cutoff.
 */
public interface RetentionRule {

    /** What a stripped text field says afterwards, the same for every rule (i18n/cms.properties). */
    String ERASED = Messages.of("i18n/cms").get("retention.erased");

    /** The key of this rule's period in {@code musubi.retention.periods}, e.g. {@code event-applications}. */
    String id();

    /**
     * Erases, or strips of personal data, the records whose retention started before {@code cutoff}
     * (for an event application: the event's end), and returns how many were affected.
     */
    int eraseBefore(Instant cutoff);
}
