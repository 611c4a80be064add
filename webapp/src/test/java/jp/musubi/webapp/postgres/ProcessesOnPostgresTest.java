package jp.musubi.webapp.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.cms.content.ContentService;
import jp.musubi.workflow.account.AccountActivations;
import jp.musubi.workflow.account.AccountRepository;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.issuecase.CallSteps;
import jp.musubi.workflow.issuecase.IntakeSteps;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCaseStatus;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.IssueDecision;
import jp.musubi.workflow.issuecase.IssuePageDraft;
import jp.musubi.workflow.issuecase.IssuePages;
import jp.musubi.workflow.issuecase.Matchings;
import jp.musubi.workflow.issuecase.NewIssue;
import jp.musubi.workflow.issuecase.NewProposal;
import jp.musubi.workflow.issuecase.ProposalDecision;
import jp.musubi.workflow.issuecase.ProposalStatus;
import jp.musubi.workflow.issuecase.ProposalWithRegistration;
import jp.musubi.workflow.issuecase.Proposals;
import jp.musubi.workflow.issuecase.SelectionHearing;
import jp.musubi.workflow.issuecase.SelectionScores;
import jp.musubi.workflow.issuecase.SelectionSteps;
import jp.musubi.workflow.membership.MemberProfile;
import jp.musubi.workflow.membership.MembershipApplication;
import jp.musubi.workflow.membership.MembershipScreening;
import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.ScreeningDecision;
import jp.musubi.workflow.task.TaskNotPermittedException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * issue-to-matching from intake to matching on PostgreSQL, with a non-member who registers while
 * proposing and activates the account: the workflow's tables, queries and the engine on the
 * production database (the module's full path coverage runs on H2).
 */
@PostgresSpringBootTest
class ProcessesOnPostgresTest {

    private static final Pattern ACTIVATION = Pattern.compile("/account/activate\\?token=([A-Za-z0-9_-]+)");

    @Autowired IssueCases issueCases;
    @Autowired IntakeSteps intake;
    @Autowired IssuePages pages;
    @Autowired Proposals proposals;
    @Autowired CallSteps call;
    @Autowired SelectionSteps selection;
    @Autowired Matchings matchings;
    @Autowired MembershipScreening screening;
    @Autowired AccountActivations activations;
    @Autowired AccountService accountService;
    @Autowired AccountRepository accounts;
    @Autowired ContentService content;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ProcessEngineConfiguration engine;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        engine.getClock().reset();
    }

    @Test
    void anIssueGoesFromIntakeToMatchingWithAProposerWhoRegisters() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String sec = staff("pg-sec-" + unique, Role.SECRETARIAT);
        String pref = staff("pg-pref-" + unique, Role.PREF_STAFF);
        if (content.find("municipalities", "utsunomiya").isEmpty()) {
            content.create("municipalities", "utsunomiya", Map.of("title", "宇都宮市", "code", "092011"), null, "test");
        }

        at("2026-06-01T10:00");
        long caseId = issueCases.submit(new NewIssue("公共交通の空白地域（PG " + unique + "）", "utsunomiya", "交通政策課",
                "路線バスの廃止で移動手段が不足している。", "muni-" + unique, "宇都宮 花子", "muni-" + unique + "@city.example.jp"));
        IssueCase issueCase = issueCases.find(caseId).orElseThrow();
        assertThatThrownBy(() -> intake.decideHandling(caseId, task(issueCase, "handlingDecision"), IssueDecision.HANDLE, null, sec))
                .isInstanceOf(TaskNotPermittedException.class);
        intake.decideHandling(caseId, task(issueCase, "handlingDecision"), IssueDecision.HANDLE, null, pref);
        intake.recordHearing(caseId, task(issueCase, "issueHearing"), "対象地域と利用者像を整理した。", true, sec);
        intake.decideSelection(caseId, task(issueCase, "issueSelection"), new SelectionScores(5, 4, 4, 3), true,
                LocalDate.of(2026, 6, 12), "広域展開が見込める", sec);
        fireTimer(issueCase, "2026-06-12T17:15");
        at("2026-06-15T10:00");
        pages.draft(caseId, task(issueCase, "draftIssuePage"), new IssuePageDraft("公共交通空白地域の移動手段 " + unique,
                "高齢者の移動手段を確保したい。", "<p>路線バスが廃止された。</p>", "<p>タクシー補助で対応。</p>",
                "<p>オンデマンド交通</p>", List.of("交通"), "common", LocalDate.of(2026, 7, 17)), sec);
        pages.approve(caseId, task(issueCase, "approveIssuePage"), true, null, pref);
        assertThat(issueCases.find(caseId).orElseThrow().status()).isEqualTo(IssueCaseStatus.RECRUITING);

        MembershipApplication application = new MembershipApplication("合同会社みらい配車" + unique, OrganizationKind.COMPANY,
                new MemberProfile("配車システムを開発しています。", "AIによる乗合配車。", List.of("交通"), "宇都宮市",
                        "https://example.jp/" + unique),
                "提案 次郎", "pg-" + unique + "@example.co.jp", "028-000-5678", "pg-" + unique);
        ProposalWithRegistration sent = proposals.submitWithRegistration(caseId, new NewProposal(null,
                application.organizationName(), application.contactName(), application.contactEmail(),
                "AIオンデマンド交通", "AI配車で乗合を最適化します。"), application, null);
        String screeningTask = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(sent.membershipApplicationId()))
                .processDefinitionKey("member-registration").taskDefinitionKey("screenMembership").singleResult().getId();
        screening.complete(screeningTask, ScreeningDecision.approveAllChecked(), sec);
        assertThat(proposals.forCase(caseId)).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(ProposalStatus.SUBMITTED));

        String mail = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? AND kind = 'membership-approved'")
                .param(application.contactEmail()).query(String.class).single();
        Matcher link = ACTIVATION.matcher(mail);
        assertThat(link.find()).isTrue();
        activations.activate(link.group(1), "mirai-haisha-2026", "mirai-haisha-2026");
        assertThat(accounts.findByUsername(application.loginId()).orElseThrow().enabled()).isTrue();

        fireTimer(issueCase, "2026-07-17T17:15");
        long proposal = sent.proposalId();
        call.reviewProposals(caseId, task(issueCase, "reviewProposals"), Map.of(proposal, true), null, sec);
        at("2026-07-24T16:00");
        selection.recordHearing(caseId, task(issueCase, "selectionHearing"),
                new SelectionHearing(LocalDate.of(2026, 7, 24), "宇都宮市 交通政策課", "運行形態を確認"), false, sec);
        selection.decideMeeting(caseId, task(issueCase, "selectionMeeting"),
                Map.of(proposal, ProposalDecision.selected("費用対効果が高い")), false, "第1回選定会議", pref);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(issueCase.processInstanceId()).count()).isZero();
        assertThat(issueCases.find(caseId).orElseThrow().status()).isEqualTo(IssueCaseStatus.MATCHED);
        assertThat(matchings.forCase(caseId)).singleElement()
                .satisfies(m -> assertThat(m.organizationName()).isEqualTo(application.organizationName()));
        assertThat(jdbc.sql("SELECT kind FROM mail_outbox WHERE recipient = ? ORDER BY id")
                .param(application.contactEmail()).query(String.class).list())
                .containsExactly("proposal-received", "membership-approved", "proposal-outcome");
    }

    private String staff(String username, Role role) {
        accountService.create(new NewAccount(username, username, username + "@pref.example.jp", "password-" + username,
                Set.of(role), null, null));
        return username;
    }

    private String task(IssueCase issueCase, String key) {
        return tasks.createTaskQuery().processInstanceId(issueCase.processInstanceId()).taskDefinitionKey(key)
                .singleResult().getId();
    }

    private void fireTimer(IssueCase issueCase, String localDateTime) {
        at(localDateTime);
        List<Job> due = management.createTimerJobQuery().processInstanceId(issueCase.processInstanceId()).executable().list();
        assertThat(due).hasSize(1);
        management.executeJob(management.moveTimerToExecutableJob(due.get(0).getId()).getId());
    }

    private void at(String localDateTime) {
        engine.getClock().setCurrentTime(Date.from(OffsetDateTime.parse(localDateTime + "+09:00").toInstant()));
    }
}
