package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.util.Map;
import java.util.Objects;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/**
 * 取扱判断の結果, to the staff member who submitted the issue.
 *
 * @param municipality the submitter's prefecture or municipality office, e.g. 宇都宮市 総合政策課
 * @param comment      the prefecture's comment, or null
 */
public record IssueDecisionNotice(String to, String submitterName, String municipality, String issueTitle,
                                  IssueDecision decision, String comment) implements Notice {

    public static final MailKind KIND = new MailKind("issue-decision", TEXTS.get("issuecase.mail.issueDecision.kind"));

    public IssueDecisionNotice {
        Required.text(to, "to");
        Required.text(submitterName, "submitterName");
        Required.text(municipality, "municipality");
        Required.text(issueTitle, "issueTitle");
        Objects.requireNonNull(decision, "decision");
        comment = Required.optional(comment);
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("issuecase.mail.issueDecision.subject", issueTitle);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this);
    }
}
