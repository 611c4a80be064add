package jp.musubi.workflow.municipal;

import java.time.Instant;

/** 個別協議を開始した / 実証を検討する, recorded by the matched municipality for one partner. */
public record Followup(long proposalId, FollowupKind kind, String note, String recordedBy, Instant recordedAt) {
}
