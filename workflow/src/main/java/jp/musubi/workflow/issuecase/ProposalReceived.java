package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import jp.musubi.cms.mail.notification.MailDates;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** 提案の受付: a member's solution proposal to an issue's call was received. */
public record ProposalReceived(String to, String contactName, String organizationName, String issueTitle,
                               String proposalTitle, Instant receivedAt) implements Notice {

    public static final MailKind KIND = new MailKind("proposal-received", TEXTS.get("issuecase.mail.proposalReceived.kind"));

    public ProposalReceived {
        Required.text(to, "to");
        Required.text(contactName, "contactName");
        Required.text(organizationName, "organizationName");
        Required.text(issueTitle, "issueTitle");
        Required.text(proposalTitle, "proposalTitle");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("issuecase.mail.proposalReceived.subject", issueTitle);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this, "receivedAt", MailDates.dateTime(receivedAt));
    }
}
