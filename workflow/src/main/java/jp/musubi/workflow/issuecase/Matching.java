package jp.musubi.workflow.issuecase;

import java.time.Instant;

/**
 * マッチング: a selected proposer became the municipality's consultation partner; the consultation
 * started when the matching was made.
 */
public record Matching(long proposalId, String municipality, String organizationName, Instant matchedAt,
                       String consultationStatus) {
}
