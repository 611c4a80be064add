package jp.musubi.workflow.membership;

import java.time.Instant;

/** A row of {@code membership_application}. */
public record StoredApplication(long id, String status, MembershipApplication application, Instant submittedAt,
                                boolean notAntisocial, boolean termsAccepted, boolean existenceConfirmed,
                                String declineReason, String decidedBy, Instant decidedAt, String organizationKey) {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String APPROVED = "APPROVED";
    public static final String DECLINED = "DECLINED";
}
