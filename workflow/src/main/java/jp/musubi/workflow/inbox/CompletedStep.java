package jp.musubi.workflow.inbox;

import java.time.Instant;

/** A step of the case already completed: who completed it, when and what they decided. */
public record CompletedStep(String taskName, String completedBy, Instant completedAt, String outcome) {
}
