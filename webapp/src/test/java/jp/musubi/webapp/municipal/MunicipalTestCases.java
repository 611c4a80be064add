package jp.musubi.webapp.municipal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.workflow.issuecase.AttachmentUpload;
import jp.musubi.workflow.issuecase.CallSteps;
import jp.musubi.workflow.issuecase.IntakeSteps;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.IssuePageDraft;
import jp.musubi.workflow.issuecase.IssuePages;
import jp.musubi.workflow.issuecase.NewProposal;
import jp.musubi.workflow.issuecase.Proposal;
import jp.musubi.workflow.issuecase.ProposalDecision;
import jp.musubi.workflow.issuecase.Proposals;
import jp.musubi.workflow.issuecase.SelectionHearing;
import jp.musubi.workflow.issuecase.SelectionScores;
import jp.musubi.workflow.issuecase.SelectionSteps;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.OrganizationRepository;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Component;

/**
 * Walks a municipality's submitted case on through the workflow services, as the inbox would, for
 * the municipal tests. A component of the one shared test context (found by its component scan).
 */
@Component
class MunicipalTestCases {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final IssueCases issueCases;
    private final IntakeSteps intake;
    private final IssuePages pages;
    private final Proposals proposals;
    private final CallSteps call;
    private final SelectionSteps selection;
    private final OrganizationRepository organizations;
    private final TaskService tasks;
    private final ManagementService management;

    MunicipalTestCases(IssueCases issueCases, IntakeSteps intake, IssuePages pages, Proposals proposals, CallSteps call,
                       SelectionSteps selection, OrganizationRepository organizations, TaskService tasks,
                       ManagementService management) {
        this.issueCases = issueCases;
        this.intake = intake;
        this.pages = pages;
        this.proposals = proposals;
        this.call = call;
        this.selection = selection;
        this.organizations = organizations;
        this.tasks = tasks;
        this.management = management;
    }

    /** 取扱判断 by the prefecture: handled. */
    void handled(long caseId, String comment) {
        intake.decideHandling(caseId, task(caseId, "handlingDecision"), jp.musubi.workflow.issuecase.IssueDecision.HANDLE,
                comment, "pref");
    }

    /** After 取扱判断 (handled): heard with a clear direction and selected; participation intent is collected. */
    void selected(long caseId) {
        intake.recordHearing(caseId, task(caseId, "issueHearing"), "対象地域と利用者像を整理した。", true, "secretariat");
        intake.decideSelection(caseId, task(caseId, "issueSelection"), new SelectionScores(5, 4, 4, 3), true,
                LocalDate.now(JAPAN).plusDays(14), "広域での展開が見込める。", "secretariat");
    }

    /** The participation deadline passed (its timer run now): the 課題ページ作成 task waits. */
    void participationClosed(long caseId) {
        fireTimer(caseId, "participationDeadlineReached");
    }

    /** Page drafted and approved, one proposal by a new member, the deadline passed, reviewed, heard, selected. */
    Proposal matched(long caseId, String organizationName, String contactName, String contactEmail) {
        long organization = organizations.insert("municipal-test-" + System.nanoTime(), organizationName, OrganizationKind.COMPANY,
                LocalDate.of(2026, 4, 1), false, new OrganizationContact(contactName, contactEmail, null));
        Proposal proposal = atSelectionHearing(caseId, organization, organizationName, contactName, contactEmail, List.of());
        heard(caseId);
        selectEvery(caseId);
        return proposals.forCase(caseId).stream().filter(p -> p.id() == proposal.id()).findFirst().orElseThrow();
    }

    /**
     * Page drafted and approved, one proposal of {@code organization} with {@code files}, the deadline passed and
     * the proposal taken into the selection: the ソリューション選定ヒアリング task waits for the secretariat.
     */
    Proposal atSelectionHearing(long caseId, long organization, String organizationName, String contactName,
                                String contactEmail, List<AttachmentUpload> files) {
        IssueCase issueCase = issueCases.find(caseId).orElseThrow();
        pages.draft(caseId, task(caseId, "draftIssuePage"), new IssuePageDraft(issueCase.title(), "課題の概要です。",
                "<p>背景です。</p>", "<p>現状です。</p>", "<p>方向性です。</p>", List.of("観光"), "wide-area",
                LocalDate.now(JAPAN).plusDays(30)), "secretariat");
        pages.approve(caseId, task(caseId, "approveIssuePage"), true, null, "pref");
        long proposalId = proposals.submit(caseId, new NewProposal(organization, organizationName, contactName, contactEmail,
                organizationName + "の多言語案内", "多言語のデジタル案内で混雑を分散します。"), files, "member");
        fireTimer(caseId, "proposalDeadlineReached");
        call.reviewProposals(caseId, task(caseId, "reviewProposals"), Map.of(proposalId, true), null, "secretariat");
        return proposals.forCase(caseId).stream().filter(p -> p.id() == proposalId).findFirst().orElseThrow();
    }

    /** The ソリューション選定ヒアリング recorded (held today, no further hearing): the 選定会議 task waits. */
    void heard(long caseId) {
        selection.recordHearing(caseId, task(caseId, "selectionHearing"), new SelectionHearing(LocalDate.now(JAPAN),
                "事務局、提案者、市町", "実証の進め方を確認した。"), false, "secretariat");
    }

    /** The ソリューション選定会議 selects every proposal in the selection: the case is matched. */
    void selectEvery(long caseId) {
        Map<Long, ProposalDecision> decisions = new HashMap<>();
        for (Proposal proposal : proposals.forCase(caseId)) {
            if (proposal.status() == jp.musubi.workflow.issuecase.ProposalStatus.UNDER_SELECTION) {
                decisions.put(proposal.id(), new ProposalDecision(true, "費用対効果が高い。"));
            }
        }
        selection.decideMeeting(caseId, task(caseId, "selectionMeeting"), decisions, false, "選定しました。", "pref");
    }

    String task(long caseId, String key) {
        IssueCase issueCase = issueCases.find(caseId).orElseThrow();
        return tasks.createTaskQuery().processInstanceId(issueCase.processInstanceId()).taskDefinitionKey(key).singleResult().getId();
    }

    private void fireTimer(long caseId, String element) {
        String process = issueCases.find(caseId).orElseThrow().processInstanceId();
        for (Job timer : management.createTimerJobQuery().processInstanceId(process).list()) {
            if (element.equals(timer.getElementId())) {
                management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
            }
        }
    }
}
