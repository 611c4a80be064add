package jp.musubi.workflow.approval;

import static jp.musubi.workflow.approval.ApprovalTexts.TEXTS;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.inbox.CaseContext;
import jp.musubi.workflow.inbox.CaseContextResolver;
import jp.musubi.workflow.inbox.CaseFact;
import jp.musubi.cms.content.ContentService;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Cases of {@code content-publication}: the submitted item; the approver also gets the editor's diff. */
@Component
class PublicationContextResolver implements CaseContextResolver {

    private final PublicationRequestRepository requests;
    private final AccountService accounts;
    private final ContentService content;

    PublicationContextResolver(PublicationRequestRepository requests, AccountService accounts, ContentService content) {
        this.requests = requests;
        this.accounts = accounts;
        this.content = content;
    }

    @Override
    public String processKey() {
        return PublicationProcess.KEY;
    }

    /** Only the approver gets the editor's diff; the editor's 差し戻し対応 does not. */
    @Override
    public boolean showsReview(String taskDefinitionKey) {
        return PublicationProcess.APPROVAL_TASK.equals(taskDefinitionKey);
    }

    /** PublicationApprovalService mails the submitter its 差し戻し対応 task itself. */
    @Override
    public boolean mailsTaskItself(String taskDefinitionKey) {
        return PublicationProcess.REVISION_TASK.equals(taskDefinitionKey);
    }

    @Override
    public CaseContext resolve(String processInstanceId, String businessKey, Map<String, Object> variables) {
        String workspace = CaseContextResolver.text(variables, PublicationProcess.WORKSPACE);
        String name = CaseContextResolver.text(variables, PublicationProcess.NAME);
        if (workspace == null || name == null) {
            return null;
        }
        String title = CaseContextResolver.text(variables, PublicationProcess.ITEM_TITLE);
        String submittedBy = CaseContextResolver.text(variables, PublicationProcess.SUBMITTED_BY);
        boolean unpublish = Boolean.TRUE.equals(variables.get(PublicationProcess.UNPUBLISH));
        List<CaseFact> facts = new ArrayList<>();
        facts.add(new CaseFact(TEXTS.get("approval.fact.content"), title == null ? name : title));
        facts.add(new CaseFact(TEXTS.get("approval.fact.location"), TEXTS.get("approval.fact.location.value", typeLabel(workspace))));
        facts.add(new CaseFact(TEXTS.get("approval.fact.request"), unpublish
                ? TEXTS.get("approval.fact.request.unpublish")
                : TEXTS.get("approval.fact.request.publish", String.valueOf(variables.get(PublicationProcess.REVISION)))));
        facts.add(new CaseFact(TEXTS.get("approval.fact.submitter"), displayName(submittedBy)));
        String comment = CaseContextResolver.text(variables, PublicationProcess.COMMENT);
        if (comment != null && !comment.isBlank()) {
            facts.add(new CaseFact(TEXTS.get("approval.fact.comment"), comment));
        }
        if (variables.get(PublicationProcess.PUBLISH_AT) instanceof Date at) {
            facts.add(new CaseFact(TEXTS.get("approval.fact.publishAt"), JapaneseTimes.dateTimeWithWeekday(at.toInstant())));
        }
        String decisionComment = CaseContextResolver.text(variables, PublicationProcess.DECISION_COMMENT);
        if (decisionComment != null && !decisionComment.isBlank()) {
            facts.add(new CaseFact(TEXTS.get("approval.fact.rejectionReason"), decisionComment));
        }
        String path = "/editor/review/" + UriUtils.encodePathSegment(workspace, java.nio.charset.StandardCharsets.UTF_8)
                + "/" + UriUtils.encodePathSegment(name, java.nio.charset.StandardCharsets.UTF_8);
        // A resubmission is a new case: the approver still sees the earlier rejection and what changed since.
        PublicationRequest rejected = previousRejection(processInstanceId, workspace, name);
        if (rejected != null) {
            facts.add(new CaseFact(TEXTS.get("approval.fact.previousRejection"), TEXTS.get("approval.fact.previousRejection.value",
                    JapaneseTimes.dateTimeWithWeekday(rejected.decidedAt()), displayName(rejected.decidedBy()),
                    String.valueOf(rejected.revision()))));
            if (rejected.decisionComment() != null) {
                facts.add(new CaseFact(TEXTS.get("approval.fact.previousRejectionComment"), rejected.decisionComment()));
            }
            path += "?rejected=" + rejected.revision();
        }
        return new CaseContext(title == null ? name : title, TEXTS.get("approval.case.subtitle", typeLabel(workspace), displayName(submittedBy)), facts, List.of(), path);
    }

    /** The item's latest rejected request before this case, when this case is the publication asked for again. */
    private PublicationRequest previousRejection(String processInstanceId, String workspace, String name) {
        List<PublicationRequest> history = requests.findByItem(workspace, name);
        boolean older = false;
        for (PublicationRequest request : history) {
            if (older && request.decision() == PublicationDecision.REJECTED && !request.unpublish()) {
                return request;
            }
            if (request.processInstanceId().equals(processInstanceId)) {
                older = true;
            } else if (older && request.decision() == PublicationDecision.APPROVED) {
                return null;
            }
        }
        return null;
    }

    /** The content type's Japanese name (記事, シーズ…) rather than the workspace's id. */
    private String typeLabel(String workspace) {
        try {
            return content.type(workspace).label();
        } catch (RuntimeException unknown) {
            return workspace;
        }
    }

    private String displayName(String username) {
        return username == null ? null : accounts.findByUsername(username).map(Account::displayName).orElse(username);
    }
}
