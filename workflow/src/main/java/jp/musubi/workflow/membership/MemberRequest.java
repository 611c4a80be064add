package jp.musubi.workflow.membership;

import java.time.Instant;

/**
 * A row of {@code membership_request}: a member's profile change or withdrawal.
 *
 * @param profile the requested profile (PROFILE_CHANGE), else null
 * @param reason  the member's reason for withdrawing (WITHDRAWAL), or null
 */
public record MemberRequest(long id, Kind kind, String organizationKey, String status, MemberProfile profile,
                            String reason, String requestedBy, Instant requestedAt, String decisionComment,
                            String decidedBy, Instant decidedAt) {

    public static final String OPEN = "OPEN";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    public enum Kind {
        PROFILE_CHANGE, WITHDRAWAL
    }
}
