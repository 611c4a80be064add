package jp.musubi.workflow.issuecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.OrganizationRepository;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks issue cases through {@code issue-to-matching} for the tests: the services as the web layer
 * calls them, the engine clock moved and due timers run as the async executor would.
 */
@Component
class IssueToMatchingFixture {

    static final LocalDate PARTICIPATION_DEADLINE = LocalDate.of(2026, 6, 12);
    static final LocalDate PROPOSAL_DEADLINE = LocalDate.of(2026, 7, 17);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final IssueCases issueCases;
    final IntakeSteps intake;
    final ParticipationIntents intents;
    final IssuePages pages;
    final Proposals proposals;
    final CallSteps call;
    final SelectionSteps selection;
    final Matchings matchings;
    final ContentService content;
    final PublishedContent published;
    final OrganizationRepository organizations;
    final RuntimeService runtime;
    final TaskService tasks;
    final ManagementService management;
    final HistoryService history;
    final ProcessEngineConfiguration engine;
    final JdbcClient jdbc;

    IssueToMatchingFixture(IssueCases issueCases, IntakeSteps intake, ParticipationIntents intents, IssuePages pages,
                           Proposals proposals, CallSteps call, SelectionSteps selection, Matchings matchings,
                           ContentService content, PublishedContent published, OrganizationRepository organizations,
                           RuntimeService runtime, TaskService tasks, ManagementService management, HistoryService history,
                           ProcessEngineConfiguration engine, JdbcClient jdbc) {
        this.issueCases = issueCases;
        this.intake = intake;
        this.intents = intents;
        this.pages = pages;
        this.proposals = proposals;
        this.call = call;
        this.selection = selection;
        this.matchings = matchings;
        this.content = content;
        this.published = published;
        this.organizations = organizations;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    void municipalities() {
        municipality("utsunomiya", "宇都宮市", "092011");
        municipality("kanuma", "鹿沼市", "092053");
        municipality("nikko", "日光市", "092061");
    }

    private void municipality(String name, String title, String code) {
        if (content.find("municipalities", name).isEmpty()) {
            content.create("municipalities", name, Map.of("title", title, "code", code), null, "test");
        }
    }

    long member(String name) {
        int n = SEQUENCE.incrementAndGet();
        return organizations.insert("member-" + n + "-" + System.nanoTime(), name, OrganizationKind.COMPANY,
                LocalDate.of(2026, 4, 1), false, new OrganizationContact("担当 太郎", "contact" + n + "@example.jp", null));
    }

    /** Submits a new issue at 2026-06-01 10:00 (Monday) and returns its case. */
    IssueCase submit() {
        municipalities();
        at("2026-06-01T10:00");
        int n = SEQUENCE.incrementAndGet();
        long id = issueCases.submit(new NewIssue("公共交通の空白地域における移動手段の確保（" + n + "）", "utsunomiya", "交通政策課",
                "路線バスの廃止により、高齢者の通院・買い物の移動手段が不足している。", "muni" + n,
                "宇都宮 花子", "submitter" + n + "@city.example.jp"));
        return issueCase(id);
    }

    IssueCase issueCase(long id) {
        return issueCases.find(id).orElseThrow();
    }

    /** Submitted → handled → hearing with a clear direction → selected; waits for participation intent. */
    IssueCase selected() {
        IssueCase issueCase = submit();
        intake.decideHandling(issueCase.id(), taskId(issueCase, "handlingDecision"), IssueDecision.HANDLE, null, "pref");
        intake.recordHearing(issueCase.id(), taskId(issueCase, "issueHearing"), "対象地域・利用者像・既存交通との関係を整理した。", true, "sec");
        intake.decideSelection(issueCase.id(), taskId(issueCase, "issueSelection"), new SelectionScores(5, 4, 4, 3), true,
                PARTICIPATION_DEADLINE, "広域展開が見込める", "sec");
        return issueCase(issueCase.id());
    }

    /** ... → participation deadline → page drafted and approved → published, recruiting. */
    IssueCase recruiting() {
        IssueCase issueCase = selected();
        assertThat(fireTimers(issueCase, "2026-06-12T17:15")).isOne();
        at("2026-06-15T10:00");
        pages.draft(issueCase.id(), taskId(issueCase, "draftIssuePage"), draft(PROPOSAL_DEADLINE), "sec");
        pages.approve(issueCase.id(), taskId(issueCase, "approveIssuePage"), true, null, "pref");
        return issueCase(issueCase.id());
    }

    IssuePageDraft draft(LocalDate deadline) {
        return new IssuePageDraft("公共交通空白地域の移動手段", "路線バス廃止後の高齢者の移動手段を確保したい。",
                "<p>路線バスが廃止された。</p>", "<p>タクシー補助で対応しているが予算が限られる。</p>",
                "<p>オンデマンド交通などの新しい移動サービス</p>", List.of("交通", "高齢者"), "common", deadline);
    }

    long propose(IssueCase issueCase, Long organizationId, String organizationName) {
        int n = SEQUENCE.incrementAndGet();
        return proposals.submit(issueCase.id(), new NewProposal(organizationId, organizationName, "提案 次郎",
                "proposer" + n + "@example.co.jp", organizationName + "のAIオンデマンド交通", "AI配車で乗合を最適化します。"), "member" + n);
    }

    String taskId(IssueCase issueCase, String key) {
        Task task = task(issueCase, key);
        assertThat(task).as("open task " + key).isNotNull();
        return task.getId();
    }

    Task task(IssueCase issueCase, String key) {
        return tasks.createTaskQuery().processInstanceId(issueCase.processInstanceId()).taskDefinitionKey(key).singleResult();
    }

    List<String> openTasks(IssueCase issueCase) {
        return tasks.createTaskQuery().processInstanceId(issueCase.processInstanceId()).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    /** Moves the engine clock to {@code localDateTime} (Japan time) and runs the case's due timers. */
    int fireTimers(IssueCase issueCase, String localDateTime) {
        at(localDateTime);
        List<Job> due = management.createTimerJobQuery().processInstanceId(issueCase.processInstanceId()).executable().list();
        for (Job timer : due) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
        return due.size();
    }

    List<Date> timerDueDates(IssueCase issueCase) {
        return management.createTimerJobQuery().processInstanceId(issueCase.processInstanceId()).list().stream()
                .map(Job::getDuedate).toList();
    }

    void at(String localDateTime) {
        engine.getClock().setCurrentTime(date(localDateTime));
    }

    static Date date(String localDateTime) {
        return Date.from(OffsetDateTime.parse(localDateTime + "+09:00").toInstant());
    }

    Object publicStatus(IssueCase issueCase) {
        return published.find(IssuePages.WORKSPACE, IssuePages.pageName(issueCase.id())).orElseThrow().properties().get("publicStatus");
    }

    boolean ended(IssueCase issueCase, String endEvent) {
        return runtime.createProcessInstanceQuery().processInstanceId(issueCase.processInstanceId()).count() == 0
                && history.createHistoricActivityInstanceQuery().processInstanceId(issueCase.processInstanceId())
                .activityId(endEvent).count() == 1;
    }

    long visits(IssueCase issueCase, String activity) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(issueCase.processInstanceId())
                .activityId(activity).count();
    }

    /** Mails in the outbox to {@code recipient}, as "kind: subject". */
    List<String> mailsTo(String recipient) {
        return jdbc.sql("SELECT kind, subject FROM mail_outbox WHERE recipient = ? ORDER BY id").param(recipient)
                .query((rs, n) -> rs.getString(1) + ": " + rs.getString(2)).list();
    }

    /** The mails about the issue to its municipality and proposers (other municipalities' participation requests left out). */
    List<String> caseMailKinds(String issueTitle) {
        return mailKindsForIssue(issueTitle).stream().filter(kind -> !"participation-request".equals(kind)).toList();
    }

    List<String> mailKindsForIssue(String issueTitle) {
        return jdbc.sql("SELECT kind FROM mail_outbox WHERE subject LIKE ? ORDER BY id").param("%" + issueTitle + "%")
                .query(String.class).list();
    }
}
