package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/**
 * 選定結果: whether a proposal was selected. Every proposer is told the outcome.
 *
 * @param comment the secretariat's comment, or null
 */
public record ProposalOutcome(String to, String contactName, String organizationName, String issueTitle,
                              String proposalTitle, boolean selected, String comment) implements Notice {

    public static final MailKind KIND = new MailKind("proposal-outcome", TEXTS.get("issuecase.mail.proposalOutcome.kind"));

    public ProposalOutcome {
        Required.text(to, "to");
        Required.text(contactName, "contactName");
        Required.text(organizationName, "organizationName");
        Required.text(issueTitle, "issueTitle");
        Required.text(proposalTitle, "proposalTitle");
        comment = Required.optional(comment);
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("issuecase.mail.proposalOutcome.subject", issueTitle);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this);
    }
}
