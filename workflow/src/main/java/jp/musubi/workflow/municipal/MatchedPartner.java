package jp.musubi.workflow.municipal;

import java.util.List;

/** A company selected for the municipality's issue, with its contact (shown to this municipality only). */
public record MatchedPartner(long proposalId, String organizationName, String proposalTitle, String contactName,
                             String contactEmail, List<Followup> followups) {

    public boolean has(FollowupKind kind) {
        return followups.stream().anyMatch(f -> f.kind() == kind);
    }
}
