package jp.musubi.cms.mail.notification;

/**
 * 選定結果: whether a proposal was selected. Every proposer is told the outcome.
 *
 * @param comment the secretariat's comment, or null
 */
public record ProposalOutcome(String to, String contactName, String organizationName, String issueTitle,
                              String proposalTitle, boolean selected, String comment) {

    public ProposalOutcome {
        Required.text(to, "to");
        Required.text(contactName, "contactName");
        Required.text(organizationName, "organizationName");
        Required.text(issueTitle, "issueTitle");
        Required.text(proposalTitle, "proposalTitle");
        comment = Required.optional(comment);
    }
}
