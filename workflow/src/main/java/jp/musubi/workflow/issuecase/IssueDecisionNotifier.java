package jp.musubi.workflow.issuecase;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.mail.notification.Notifications;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 取扱判断結果の通知: tells the submitter the prefecture's decision, whatever it is, through the outbox. */
@Component("issueDecisionNotifier")
class IssueDecisionNotifier implements JavaDelegate {

    private final IssueCaseRepository cases;
    private final ContentService content;
    private final Notifications notifications;

    IssueDecisionNotifier(IssueCaseRepository cases, ContentService content, Notifications notifications) {
        this.cases = cases;
        this.content = content;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IssueCase issueCase = cases.lock(CaseIds.of(execution));
        IssueDecision decision = IssueDecision.valueOf((String) execution.getVariable("handlingDecision"));
        String municipality = content.find("municipalities", issueCase.municipality())
                .map(item -> String.valueOf(item.properties().getOrDefault("title", issueCase.municipality())))
                .orElse(issueCase.municipality());
        notifications.send(new IssueDecisionNotice(issueCase.submitterEmail(), issueCase.submitterName(),
                municipality + " " + issueCase.department(), issueCase.title(), decision,
                cases.handlingComment(issueCase.id()).orElse(null)));
    }
}
