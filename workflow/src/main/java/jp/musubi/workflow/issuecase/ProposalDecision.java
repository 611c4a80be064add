package jp.musubi.workflow.issuecase;

/** The selection meeting's decision on one proposal. */
public record ProposalDecision(boolean selected, String reason) {

    public static ProposalDecision selected(String reason) {
        return new ProposalDecision(true, reason);
    }

    public static ProposalDecision notSelected(String reason) {
        return new ProposalDecision(false, reason);
    }
}
