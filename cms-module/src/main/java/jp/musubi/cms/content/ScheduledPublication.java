package jp.musubi.cms.content;

import java.time.Instant;

/** A publication planned for {@code at}: revision {@code revision}, on behalf of {@code by}. */
public record ScheduledPublication(Instant at, int revision, String by) {
}
