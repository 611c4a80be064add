package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;
import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.publication.PublicationService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issue's page in the CMS (workspace {@value #WORKSPACE}, item {@code issue-<case id>}):
 * drafted by the secretariat, approved by the prefecture, then published and kept in step with
 * the process through its {@code publicStatus}.
 */
@Service
@Transactional
public class IssuePages {

    public static final String WORKSPACE = "issues";
    /** Account name the process acts under when it changes the page by itself. */
    static final String SYSTEM_USER = "workflow";

    private final IssueCaseRepository cases;
    private final CaseTasks tasks;
    private final ContentService content;
    private final PublicationService publication;
    private final PublishedContent published;
    private final CaseClock clock;

    IssuePages(IssueCaseRepository cases, CaseTasks tasks, ContentService content, PublicationService publication,
               PublishedContent published, CaseClock clock) {
        this.cases = cases;
        this.tasks = tasks;
        this.content = content;
        this.publication = publication;
        this.published = published;
        this.clock = clock;
    }

    public static String pageName(long caseId) {
        return "issue-" + caseId;
    }

    /** 課題ページ作成 (SECRETARIAT): saves the page as a new revision (unpublished) and sends it for approval. */
    public ContentItem draft(long caseId, String taskId, IssuePageDraft draft, String user) {
        IssueCase issueCase = cases.lock(caseId);
        Task task = tasks.require(issueCase, taskId, "draftIssuePage");
        InputChecks checks = new InputChecks();
        checks.check(draft.proposalDeadline() != null, "proposalDeadline", TEXTS.get("issuecase.page.deadline.required"));
        checks.check(draft.proposalDeadline() == null || draft.proposalDeadline().isAfter(clock.today()),
                "proposalDeadline", TEXTS.get("issuecase.page.deadline.future"));
        checks.throwIfAny();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", draft.title());
        properties.put("municipality", issueCase.municipality());
        properties.put("department", issueCase.department());
        properties.put("summary", draft.summary());
        properties.put("background", draft.background());
        properties.put("currentSituation", draft.currentSituation());
        properties.put("direction", draft.direction());
        properties.put("tags", draft.tags());
        properties.put("scope", draft.scope());
        properties.put("proposalDeadline", draft.proposalDeadline().toString());
        properties.put("publicStatus", PublicStatus.RECRUITING.value());
        properties.put("contactPerson", issueCase.submitterName());
        properties.put("contactEmail", issueCase.submitterEmail());
        String name = issueCase.pageName() != null ? issueCase.pageName() : pageName(caseId);
        ContentItem item = content.find(WORKSPACE, name)
                .map(existing -> content.update(WORKSPACE, name, existing.version(), properties, TEXTS.get("issuecase.page.version.updated"), user))
                .orElseGet(() -> content.create(WORKSPACE, name, properties, TEXTS.get("issuecase.page.version.created"), user));
        cases.recordPage(caseId, name, draft.proposalDeadline());
        cases.setStatus(caseId, IssueCaseStatus.PAGE_APPROVAL, clock.now());
        tasks.complete(task, user, Map.of("proposalDeadlineTimer", Deadlines.timer(draft.proposalDeadline())));
        return item;
    }

    /**
     * 課題ページ承認 (PREF_STAFF): approves the current revision for publication, or returns the
     * page to the secretariat with a comment.
     */
    public void approve(long caseId, String taskId, boolean approved, String comment, String user) {
        IssueCase issueCase = cases.lock(caseId);
        Task task = tasks.require(issueCase, taskId, "approveIssuePage");
        InputChecks checks = new InputChecks();
        checks.optional("comment", TEXTS.get("issuecase.label.comment"), comment, 1000);
        checks.check(approved || InputChecks.clean(comment) != null, "comment", TEXTS.get("issuecase.page.review.commentRequired"));
        checks.throwIfAny();
        ContentItem item = content.get(WORKSPACE, issueCase.pageName());
        cases.recordPageComment(caseId, InputChecks.clean(comment));
        cases.setStatus(caseId, approved ? IssueCaseStatus.RECRUITING : IssueCaseStatus.PAGE_DRAFTING, clock.now());
        Map<String, Object> variables = new HashMap<>();
        variables.put("pageApproved", approved);
        variables.put("pageComment", InputChecks.clean(comment));
        variables.put("approvedRevision", item.revision());
        variables.put("pageApprovedBy", user);
        tasks.complete(task, user, variables);
    }

    /** Publishes the approved revision (delegate {@code issuePagePublisher}). */
    void publishApproved(long caseId, int revision, String approver) {
        IssueCase issueCase = cases.lock(caseId);
        publication.publish(WORKSPACE, issueCase.pageName(), revision, approver);
    }

    /** Sets the published page's {@code publicStatus} and publishes it again. */
    void changePublicStatus(long caseId, PublicStatus status) {
        republish(caseId, properties -> properties.put("publicStatus", status.value()));
    }

    /**
     * Changes the published revision's values and publishes the result, so that an editor's pending
     * (unapproved) revision is never published by the process; that pending revision is then saved
     * again on top, with the same change, for its own approval.
     */
    void republish(long caseId, Consumer<Map<String, Object>> change) {
        IssueCase issueCase = cases.lock(caseId);
        String name = issueCase.pageName();
        ContentItem current = content.get(WORKSPACE, name);
        PublishedItem live = published.find(WORKSPACE, name)
                .orElseThrow(() -> new CaseStateException(TEXTS.get("issuecase.page.notPublished")));
        Map<String, Object> values = new HashMap<>(live.properties());
        change.accept(values);
        boolean pendingEdit = current.revision() != live.revision();
        ContentItem saved = content.update(WORKSPACE, name, current.version(), values, TEXTS.get("issuecase.page.version.process"), SYSTEM_USER);
        publication.publish(WORKSPACE, name, saved.revision(), SYSTEM_USER);
        if (pendingEdit) {
            Map<String, Object> draft = new HashMap<>(current.properties());
            change.accept(draft);
            ContentItem afterPublish = content.get(WORKSPACE, name);
            content.update(WORKSPACE, name, afterPublish.version(), draft, TEXTS.get("issuecase.page.version.draftRestored"), SYSTEM_USER);
        }
    }
}
