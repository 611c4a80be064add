package jp.musubi.webapp.inbox;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jp.musubi.workflow.issuecase.CallSteps;
import jp.musubi.workflow.issuecase.NewProposal;
import jp.musubi.workflow.issuecase.Proposal;
import jp.musubi.workflow.issuecase.Proposals;
import jp.musubi.workflow.issuecase.SelectionHearing;
import jp.musubi.workflow.issuecase.SelectionSteps;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.OrganizationRepository;
import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.workflow.issuecase.IntakeSteps;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.IssueDecision;
import jp.musubi.workflow.issuecase.IssuePageDraft;
import jp.musubi.workflow.issuecase.IssuePages;
import jp.musubi.workflow.issuecase.SelectionScores;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import jp.musubi.workflow.issuecase.NewIssue;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * Issue cases with unique titles, walked through the workflow services as the inbox would. A component
 * of the one shared test context (found by its component scan), so using it adds no context configuration.
 */
@Component
class InboxTestCases {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final IssueCases issueCases;
    private final IntakeSteps intake;
    private final TaskService tasks;
    private final IssuePages pages;
    private final ManagementService management;

    private final Proposals proposals;
    private final OrganizationRepository organizations;
    private final CallSteps call;
    private final SelectionSteps selection;

    InboxTestCases(IssueCases issueCases, IntakeSteps intake, TaskService tasks, IssuePages pages, ManagementService management,
                   Proposals proposals, OrganizationRepository organizations, CallSteps call, SelectionSteps selection) {
        this.proposals = proposals;
        this.organizations = organizations;
        this.call = call;
        this.selection = selection;
        this.pages = pages;
        this.management = management;
        this.issueCases = issueCases;
        this.intake = intake;
        this.tasks = tasks;
    }

    static String uniqueTitle(String words) {
        return words + "（受信箱テスト" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36) + "）";
    }

    /** A new issue of 宇都宮市: its 取扱判断 task waits for the prefecture. */
    IssueCase submitted(String title) {
        String n = Long.toString(System.nanoTime(), 36);
        long id = issueCases.submit(new NewIssue(title, "utsunomiya", "交通政策課",
                "路線バスの廃止により、高齢者の通院・買い物の移動手段が不足している。", "municipal", "宇都宮 花子",
                "submitter-" + n + "@city.example.jp"));
        return issueCases.find(id).orElseThrow();
    }

    /** Handled by the prefecture: the 課題整理ヒアリング task waits for the secretariat. */
    IssueCase atHearing(String title) {
        IssueCase issueCase = submitted(title);
        intake.decideHandling(issueCase.id(), task(issueCase, "handlingDecision").getId(), IssueDecision.HANDLE, null, "pref");
        return issueCases.find(issueCase.id()).orElseThrow();
    }

    /**
     * Heard, selected, participation deadline passed (its timer run now, as the async executor would
     * at the deadline) and the page drafted: the 課題ページ承認 task waits for the prefecture.
     */
    IssueCase atPageApproval(String title) {
        IssueCase issueCase = atPageDraft(title);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        pages.draft(issueCase.id(), task(issueCase, "draftIssuePage").getId(), new IssuePageDraft(title,
                "路線バス廃止後の高齢者の移動手段を確保したい。", "<p>路線バスが廃止された。</p>", "<p>タクシー補助で対応している。</p>",
                "<p>オンデマンド交通などの新しい移動サービス</p>", List.of("交通"), "common", today.plusDays(40)), "secretariat");
        return issueCases.find(issueCase.id()).orElseThrow();
    }

    /** Heard, selected, participation deadline passed: the 課題ページ作成 task waits for the secretariat. */
    IssueCase atPageDraft(String title) {
        IssueCase issueCase = atHearing(title);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        intake.recordHearing(issueCase.id(), task(issueCase, "issueHearing").getId(), "対象地域と利用者像を整理した。", true,
                "secretariat");
        intake.decideSelection(issueCase.id(), task(issueCase, "issueSelection").getId(), new SelectionScores(5, 4, 4, 3), true,
                today.plusDays(14), null, "secretariat");
        fireTimer(issueCase, "participationDeadlineReached");
        return reload(issueCase);
    }

    /**
     * Page approved and recruiting, one member proposal per organization name, then the proposal deadline
     * timer run (as the async executor would at the deadline): the 提案審査 task waits for the secretariat.
     */
    IssueCase atProposalReview(String title, String... organizationNames) {
        return atProposalReview(title, List.of(), organizationNames);
    }

    /** As {@link #atProposalReview(String, String...)}, each proposal sent with the given files. */
    IssueCase atProposalReview(String title, List<jp.musubi.workflow.issuecase.AttachmentUpload> files,
                               String... organizationNames) {
        IssueCase issueCase = atPageApproval(title);
        pages.approve(issueCase.id(), task(issueCase, "approveIssuePage").getId(), true, null, "pref");
        for (String name : organizationNames) {
            long n = SEQUENCE.incrementAndGet();
            long organization = organizations.insert("inbox-member-" + n + "-" + System.nanoTime(), name, OrganizationKind.COMPANY,
                    LocalDate.of(2026, 4, 1), false, new OrganizationContact("担当 太郎", "contact" + n + "@example.jp", null));
            proposals.submit(issueCase.id(), new NewProposal(organization, name, "提案 次郎", "proposer" + n + "@example.co.jp",
                    name + "のAIオンデマンド交通", "AI配車で乗合を最適化します。"), files, "member");
        }
        fireTimer(issueCase, "proposalDeadlineReached");
        return reload(issueCase);
    }

    /** Every proposal sent to the selection: the ソリューション選定ヒアリング task waits. */
    IssueCase atSelectionHearing(String title, String... organizationNames) {
        IssueCase issueCase = atProposalReview(title, organizationNames);
        Map<Long, Boolean> eligible = new java.util.HashMap<>();
        proposals(issueCase).forEach(p -> eligible.put(p.id(), true));
        call.reviewProposals(issueCase.id(), task(issueCase, "reviewProposals").getId(), eligible, null, "secretariat");
        return reload(issueCase);
    }

    /** Every proposal sent to the selection and heard once: the ソリューション選定会議 task waits. */
    IssueCase atSelectionMeeting(String title, String... organizationNames) {
        IssueCase issueCase = atProposalReview(title, organizationNames);
        Map<Long, Boolean> eligible = new java.util.HashMap<>();
        proposals(issueCase).forEach(p -> eligible.put(p.id(), true));
        call.reviewProposals(issueCase.id(), task(issueCase, "reviewProposals").getId(), eligible, null, "secretariat");
        selection.recordHearing(issueCase.id(), task(issueCase, "selectionHearing").getId(), new SelectionHearing(
                LocalDate.now(ZoneId.of("Asia/Tokyo")), "事務局、提案者", "実証の進め方を確認した。"), false, "secretariat");
        return reload(issueCase);
    }

    List<Proposal> proposals(IssueCase issueCase) {
        return proposals.forCase(issueCase.id());
    }

    private void fireTimer(IssueCase issueCase, String element) {
        for (Job timer : management.createTimerJobQuery().processInstanceId(issueCase.processInstanceId()).list()) {
            if (element.equals(timer.getElementId())) {
                management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
            }
        }
    }

    Task task(IssueCase issueCase, String key) {
        return tasks.createTaskQuery().processInstanceId(issueCase.processInstanceId()).taskDefinitionKey(key).singleResult();
    }

    IssueCase reload(IssueCase issueCase) {
        return issueCases.find(issueCase.id()).orElseThrow();
    }
}
