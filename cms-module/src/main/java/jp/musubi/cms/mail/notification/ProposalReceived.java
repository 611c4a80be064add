package jp.musubi.cms.mail.notification;

import java.time.Instant;
import java.util.Objects;

/** 提案の受付: a member's solution proposal to an issue's call was received. */
public record ProposalReceived(String to, String contactName, String organizationName, String issueTitle,
                               String proposalTitle, Instant receivedAt) {

    public ProposalReceived {
        Required.text(to, "to");
        Required.text(contactName, "contactName");
        Required.text(organizationName, "organizationName");
        Required.text(issueTitle, "issueTitle");
        Required.text(proposalTitle, "proposalTitle");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
