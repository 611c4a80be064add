package jp.musubi.workflow.inbox;

import java.time.Instant;

/**
 * One event in the history of a case.
 *
 * @param kind  {@code start}, {@code task}, {@code done}, {@code comment}, {@code outcome} or {@code end}
 * @param actor display name of who did it, or null for the system
 */
public record TimelineEntry(Instant at, String kind, String title, String actor, String text) {
}
