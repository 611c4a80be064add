package jp.musubi.cms.mail.notification;

import java.util.Objects;

/**
 * 取扱判断の結果, to the staff member who submitted the issue.
 *
 * @param municipality the submitter's prefecture or municipality office, e.g. 宇都宮市 総合政策課
 * @param comment      the prefecture's comment, or null
 */
public record IssueDecisionNotice(String to, String submitterName, String municipality, String issueTitle,
                                  IssueDecision decision, String comment) {

    public IssueDecisionNotice {
        Required.text(to, "to");
        Required.text(submitterName, "submitterName");
        Required.text(municipality, "municipality");
        Required.text(issueTitle, "issueTitle");
        Objects.requireNonNull(decision, "decision");
        comment = Required.optional(comment);
    }
}
