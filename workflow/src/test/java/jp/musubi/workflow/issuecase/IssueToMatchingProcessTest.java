package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueToMatchingFixture.PROPOSAL_DEADLINE;
import static jp.musubi.workflow.issuecase.IssueToMatchingFixture.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every path of {@code issue-to-matching}, through the services the web layer calls. The delivery API
 * is read as a logged-in user: in this module's context Spring Security's defaults guard every URL
 * (the webapp makes the delivery API public).
 */
@WorkflowSpringBootTest
class IssueToMatchingProcessTest {

    @Autowired
    IssueToMatchingFixture f;

    @Autowired
    ProcessEngineConfiguration engine;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        engine.getClock().reset();
    }

    @Test
    void submittedIssueWaitsForThePrefecturesHandlingDecision() {
        IssueCase issueCase = f.submit();

        assertThat(issueCase.status()).isEqualTo(IssueCaseStatus.HANDLING_DECISION);
        Task decision = f.task(issueCase, "handlingDecision");
        assertThat(decision.getName()).isEqualTo("取扱判断");
        assertThat(decision.getFormKey()).isEqualTo("issue-handling-decision");
        assertThat(f.tasks.createTaskQuery().taskCandidateGroup("PREF_STAFF").taskId(decision.getId()).count()).isOne();
        assertThat(f.runtime.createProcessInstanceQuery().processInstanceId(issueCase.processInstanceId()).singleResult()
                .getBusinessKey()).isEqualTo(Long.toString(issueCase.id()));
    }

    @Test
    void anIssueForAnUnknownMunicipalityIsRefused() {
        f.municipalities();
        assertThatThrownBy(() -> f.issueCases.submit(new NewIssue("課題", "atlantis", "総務課", "概要", "muni", "氏名", "a@example.jp")))
                .isInstanceOf(InputRefused.class)
                .satisfies(e -> assertThat(((InputRefused) e).errors()).containsEntry("municipality", "市町が見つかりません。"));
    }

    @Test
    void declinedIssueEndsAndTheSubmitterIsTold() {
        IssueCase issueCase = f.submit();

        f.intake.decideHandling(issueCase.id(), f.taskId(issueCase, "handlingDecision"), IssueDecision.DECLINE,
                "既に市の独自事業で対応中のため", "pref");

        assertThat(f.ended(issueCase, "declined")).isTrue();
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.DECLINED);
        assertThat(f.mailsTo(issueCase.submitterEmail())).singleElement().asString()
                .startsWith("issue-decision: ").contains("ご提出いただいた課題の取扱いについて");
    }

    @Test
    void issueForAnotherProgramEndsAndTheSubmitterIsTold() {
        IssueCase issueCase = f.submit();

        f.intake.decideHandling(issueCase.id(), f.taskId(issueCase, "handlingDecision"), IssueDecision.OTHER_PROGRAM,
                "県の地域公共交通支援事業をご案内します", "pref");

        assertThat(f.ended(issueCase, "referredToOtherProgram")).isTrue();
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.OTHER_PROGRAM);
        assertThat(f.mailsTo(issueCase.submitterEmail())).singleElement().asString().startsWith("issue-decision: ");
    }

    @Test
    void handledIssueGoesToTheHearingAndTheSubmitterIsTold() {
        IssueCase issueCase = f.submit();

        f.intake.decideHandling(issueCase.id(), f.taskId(issueCase, "handlingDecision"), IssueDecision.HANDLE, null, "pref");

        Task hearing = f.task(issueCase, "issueHearing");
        assertThat(hearing.getFormKey()).isEqualTo("issue-hearing");
        assertThat(f.tasks.createTaskQuery().taskCandidateGroup("SECRETARIAT").taskId(hearing.getId()).count()).isOne();
        assertThat(f.mailsTo(issueCase.submitterEmail())).singleElement().asString().startsWith("issue-decision: ");
    }

    @Test
    void aDecisionNotToHandleNeedsAnExplanationAndChangesNothingWithout() {
        IssueCase issueCase = f.submit();
        String task = f.taskId(issueCase, "handlingDecision");

        assertThatThrownBy(() -> f.intake.decideHandling(issueCase.id(), task, IssueDecision.DECLINE, " ", "pref"))
                .isInstanceOf(InputRefused.class)
                .hasMessageContaining("提出者への説明をコメントに入力してください");
        assertThatThrownBy(() -> f.intake.decideHandling(issueCase.id(), task, null, null, "pref"))
                .isInstanceOf(InputRefused.class).hasMessageContaining("取扱いの判断を選んでください");

        assertThat(f.taskId(issueCase, "handlingDecision")).isEqualTo(task);
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.HANDLING_DECISION);
        assertThat(f.mailsTo(issueCase.submitterEmail())).isEmpty();
    }

    @Test
    void aTaskOfAnotherCaseOrStepIsRefused() {
        IssueCase one = f.submit();
        IssueCase other = f.submit();

        assertThatThrownBy(() -> f.intake.decideHandling(one.id(), f.taskId(other, "handlingDecision"), IssueDecision.HANDLE, null, "pref"))
                .isInstanceOf(CaseStateException.class);
        assertThatThrownBy(() -> f.intake.recordHearing(one.id(), f.taskId(one, "handlingDecision"), "論点", true, "sec"))
                .isInstanceOf(CaseStateException.class);
        assertThat(f.task(one, "handlingDecision")).isNotNull();
        assertThat(f.task(other, "handlingDecision")).isNotNull();
    }

    @Test
    void anUnclearDirectionGoesThroughTheIdeaWorkshopBackToSelection() {
        IssueCase issueCase = f.submit();
        f.intake.decideHandling(issueCase.id(), f.taskId(issueCase, "handlingDecision"), IssueDecision.HANDLE, null, "pref");
        f.intake.recordHearing(issueCase.id(), f.taskId(issueCase, "issueHearing"), "課題の範囲が広く、方向性が定まらない。", false, "sec");

        Task workshop = f.task(issueCase, "ideaWorkshop");
        assertThat(workshop.getName()).isEqualTo("アイデア創出ワークショップ");
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.IDEA_WORKSHOP);
        f.intake.recordWorkshop(issueCase.id(), workshop.getId(), "デマンド交通の可能性が見えた。", WorkshopOutcome.SELECTION, "sec");

        assertThat(f.openTasks(issueCase)).containsExactly("issueSelection");
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.SELECTION);
    }

    @Test
    void theIdeaWorkshopCanCloseTheIssue() {
        IssueCase issueCase = f.submit();
        f.intake.decideHandling(issueCase.id(), f.taskId(issueCase, "handlingDecision"), IssueDecision.HANDLE, null, "pref");
        f.intake.recordHearing(issueCase.id(), f.taskId(issueCase, "issueHearing"), "方向性が定まらない。", false, "sec");

        f.intake.recordWorkshop(issueCase.id(), f.taskId(issueCase, "ideaWorkshop"), "解決の見込みが立たない。", WorkshopOutcome.CLOSE, "sec");

        assertThat(f.ended(issueCase, "closedAfterWorkshop")).isTrue();
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.CLOSED);
    }

    @Test
    void anIssueNotSelectedEnds() {
        IssueCase issueCase = f.submit();
        f.intake.decideHandling(issueCase.id(), f.taskId(issueCase, "handlingDecision"), IssueDecision.HANDLE, null, "pref");
        f.intake.recordHearing(issueCase.id(), f.taskId(issueCase, "issueHearing"), "論点を整理した。", true, "sec");

        f.intake.decideSelection(issueCase.id(), f.taskId(issueCase, "issueSelection"), new SelectionScores(2, 1, 2, 2), false, null,
                "共通性が低い", "pref");

        assertThat(f.ended(issueCase, "notSelected")).isTrue();
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.NOT_SELECTED);
    }

    @Test
    void selectionNeedsEveryCriterionScoredOneToFiveAndAFutureDeadline() {
        IssueCase issueCase = f.submit();
        f.intake.decideHandling(issueCase.id(), f.taskId(issueCase, "handlingDecision"), IssueDecision.HANDLE, null, "pref");
        f.intake.recordHearing(issueCase.id(), f.taskId(issueCase, "issueHearing"), "論点を整理した。", true, "sec");
        String task = f.taskId(issueCase, "issueSelection");

        assertThatThrownBy(() -> f.intake.decideSelection(issueCase.id(), task, new SelectionScores(6, null, 3, 0), true,
                LocalDate.of(2026, 5, 1), null, "sec"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors()).containsOnlyKeys(
                        "scores.suitability", "scores.commonality", "scores.continuity", "participationDeadline"));

        assertThat(f.taskId(issueCase, "issueSelection")).isEqualTo(task);
        assertThat(f.jdbc.sql("SELECT score_suitability FROM issue_case WHERE id = ?").param(issueCase.id())
                .query(Integer.class).optional()).isEmpty();
    }

    @Test
    void participationIntentIsCollectedUntilTheDeadlineOnTheJapaneseCalendar() {
        IssueCase issueCase = f.selected();
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.COLLECTING_INTENT);
        assertThat(f.timerDueDates(issueCase)).containsExactly(date("2026-06-12T17:15"));

        f.intents.record(issueCase.id(), "kanuma", true, "同様の課題あり", "pref");
        f.intents.record(issueCase.id(), "nikko", true, null, "pref");
        f.intents.record(issueCase.id(), "nikko", false, "今回は見送り", "pref");
        assertThatThrownBy(() -> f.intents.record(issueCase.id(), "utsunomiya", true, null, "pref"))
                .isInstanceOf(InputRefused.class);

        assertThat(f.fireTimers(issueCase, "2026-06-12T17:14")).isZero();
        assertThat(f.fireTimers(issueCase, "2026-06-12T17:15")).isOne();

        assertThat(f.openTasks(issueCase)).containsExactly("draftIssuePage");
        assertThat(f.runtime.getVariable(issueCase.processInstanceId(), "participatingMunicipalities")).isEqualTo(1L);
        assertThat(f.intents.list(issueCase.id())).extracting(ParticipationIntent::municipality, ParticipationIntent::participates)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kanuma", true), org.assertj.core.groups.Tuple.tuple("nikko", false));
        assertThatThrownBy(() -> f.intents.record(issueCase.id(), "nikko", true, null, "pref"))
                .isInstanceOf(CaseStateException.class).hasMessage("この課題は参加意向の受付期間ではありません。");
    }

    @Test
    void theIssuePageIsReturnedForCorrectionThenPublishedAsRecruiting() throws Exception {
        IssueCase issueCase = f.selected();
        f.fireTimers(issueCase, "2026-06-12T17:15");
        f.at("2026-06-15T10:00");
        f.pages.draft(issueCase.id(), f.taskId(issueCase, "draftIssuePage"), f.draft(PROPOSAL_DEADLINE), "sec");
        String pageName = IssuePages.pageName(issueCase.id());
        assertThat(f.published.find(IssuePages.WORKSPACE, pageName)).isEmpty();

        assertThatThrownBy(() -> f.pages.approve(issueCase.id(), f.taskId(issueCase, "approveIssuePage"), false, null, "pref"))
                .isInstanceOf(InputRefused.class);
        f.pages.approve(issueCase.id(), f.taskId(issueCase, "approveIssuePage"), false, "現状の数値を追記してください", "pref");
        assertThat(f.openTasks(issueCase)).containsExactly("draftIssuePage");
        assertThat(f.published.find(IssuePages.WORKSPACE, pageName)).isEmpty();

        f.pages.draft(issueCase.id(), f.taskId(issueCase, "draftIssuePage"), f.draft(PROPOSAL_DEADLINE), "sec");
        f.pages.approve(issueCase.id(), f.taskId(issueCase, "approveIssuePage"), true, null, "pref");

        assertThat(f.publicStatus(issueCase)).isEqualTo("recruiting");
        assertThat(f.published.find(IssuePages.WORKSPACE, pageName).orElseThrow().revision()).isEqualTo(2);
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.RECRUITING);
        assertThat(f.timerDueDates(issueCase)).containsExactly(date("2026-07-17T17:15"));
        mvc.perform(get("/.rest/delivery/issues/" + pageName).with(user("reader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publicStatus").value("recruiting"))
                .andExpect(jsonPath("$.proposalDeadline").value("2026-07-17"))
                .andExpect(jsonPath("$.contactEmail").doesNotExist());
    }

    @Test
    void theProposalDeadlineMustBeInTheFuture() {
        IssueCase issueCase = f.selected();
        f.fireTimers(issueCase, "2026-06-12T17:15");
        String task = f.taskId(issueCase, "draftIssuePage");

        assertThatThrownBy(() -> f.pages.draft(issueCase.id(), task, f.draft(LocalDate.of(2026, 6, 12)), "sec"))
                .isInstanceOf(InputRefused.class).hasMessageContaining("明日以降");
        assertThat(f.content.find(IssuePages.WORKSPACE, IssuePages.pageName(issueCase.id()))).isEmpty();
    }

    @Test
    void noProposalsTheCallIsExtendedOnceThenProposalsArrive() {
        IssueCase issueCase = f.recruiting();
        assertThat(f.fireTimers(issueCase, "2026-07-17T17:15")).isOne();
        Task extension = f.task(issueCase, "decideExtension");
        assertThat(extension.getFormKey()).isEqualTo("proposal-extension");
        assertThat(f.publicStatus(issueCase)).isEqualTo("recruiting");
        assertThatThrownBy(() -> f.propose(issueCase, f.member("遅延株式会社"), "遅延株式会社"))
                .isInstanceOf(CaseStateException.class);

        f.at("2026-07-21T10:00");
        f.call.decideExtension(issueCase.id(), extension.getId(), true, LocalDate.of(2026, 7, 31), "sec");

        Map<String, Object> page = f.published.find(IssuePages.WORKSPACE, IssuePages.pageName(issueCase.id())).orElseThrow().properties();
        assertThat(page).containsEntry("proposalDeadline", "2026-07-31").containsEntry("publicStatus", "recruiting");
        assertThat(f.timerDueDates(issueCase)).containsExactly(date("2026-07-31T17:15"));
        f.propose(issueCase, f.member("株式会社とちぎモビリティ"), "株式会社とちぎモビリティ");

        assertThat(f.fireTimers(issueCase, "2026-07-31T17:15")).isOne();
        assertThat(f.openTasks(issueCase)).containsExactly("reviewProposals");
        assertThat(f.visits(issueCase, "proposalDeadlineReached")).isEqualTo(2);
    }

    @Test
    void noProposalsAfterTheExtensionClosesTheIssue() {
        IssueCase issueCase = f.recruiting();
        f.fireTimers(issueCase, "2026-07-17T17:15");
        f.at("2026-07-21T10:00");
        f.call.decideExtension(issueCase.id(), f.taskId(issueCase, "decideExtension"), true, LocalDate.of(2026, 7, 31), "sec");

        assertThat(f.fireTimers(issueCase, "2026-07-31T17:15")).isOne();

        assertThat(f.ended(issueCase, "closedWithoutProposals")).isTrue();
        assertThat(f.visits(issueCase, "decideExtension")).as("extended once only").isOne();
        assertThat(f.publicStatus(issueCase)).isEqualTo("closed");
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.CLOSED);
    }

    @Test
    void noProposalsAndNoExtensionClosesTheIssue() {
        IssueCase issueCase = f.recruiting();
        f.fireTimers(issueCase, "2026-07-17T17:15");
        String task = f.taskId(issueCase, "decideExtension");
        assertThatThrownBy(() -> f.call.decideExtension(issueCase.id(), task, true, null, "sec"))
                .isInstanceOf(InputRefused.class);

        f.call.decideExtension(issueCase.id(), task, false, null, "sec");

        assertThat(f.ended(issueCase, "closedWithoutProposals")).isTrue();
        assertThat(f.publicStatus(issueCase)).isEqualTo("closed");
    }

    @Test
    void fromProposalsThroughSeveralHearingsAndTheMeetingToMatchingAndDemonstrationSupport() throws Exception {
        IssueCase issueCase = f.recruiting();
        long member = f.member("株式会社とちぎモビリティ");
        long first = f.propose(issueCase, member, "株式会社とちぎモビリティ");
        long second = f.propose(issueCase, f.member("宇都宮大学 交通工学研究室"), "宇都宮大学 交通工学研究室");
        long nonMember = f.propose(issueCase, null, "合同会社みらい配車");
        assertThat(f.proposals.forCase(issueCase.id())).extracting(Proposal::status)
                .containsExactly(ProposalStatus.SUBMITTED, ProposalStatus.SUBMITTED, ProposalStatus.WAITING_FOR_REGISTRATION);
        assertThat(f.caseMailKinds(issueCase.title())).containsExactly("issue-decision", "proposal-received", "proposal-received", "proposal-received");

        assertThat(f.fireTimers(issueCase, "2026-07-17T17:15")).isOne();
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.REVIEWING);
        Task review = f.task(issueCase, "reviewProposals");
        assertThat(review.getFormKey()).isEqualTo("proposal-review");
        assertThatThrownBy(() -> f.call.reviewProposals(issueCase.id(), review.getId(), Map.of(first, true, second, true, nonMember, true),
                null, "sec")).isInstanceOf(InputRefused.class).hasMessageContaining("会員登録が完了していない");
        assertThatThrownBy(() -> f.call.reviewProposals(issueCase.id(), review.getId(), Map.of(first, true), null, "sec"))
                .isInstanceOf(InputRefused.class);
        f.call.reviewProposals(issueCase.id(), review.getId(), Map.of(first, true, second, true, nonMember, false), null, "sec");

        assertThat(f.publicStatus(issueCase)).isEqualTo("selecting");
        mvc.perform(get("/.rest/delivery/issues/" + IssuePages.pageName(issueCase.id())).with(user("reader")))
                .andExpect(jsonPath("$.publicStatus").value("selecting"));
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.SELECTING);

        f.at("2026-07-24T16:00");
        Task hearing = f.task(issueCase, "selectionHearing");
        assertThatThrownBy(() -> f.selection.recordHearing(issueCase.id(), hearing.getId(),
                new SelectionHearing(LocalDate.of(2026, 7, 24), " ", "内容"), true, "sec")).isInstanceOf(InputRefused.class);
        f.selection.recordHearing(issueCase.id(), hearing.getId(),
                new SelectionHearing(LocalDate.of(2026, 7, 24), "宇都宮市 交通政策課、株式会社とちぎモビリティ", "運行形態を確認"), true, "sec");
        f.at("2026-07-28T16:00");
        f.selection.recordHearing(issueCase.id(), f.taskId(issueCase, "selectionHearing"),
                new SelectionHearing(LocalDate.of(2026, 7, 28), "宇都宮市 交通政策課、宇都宮大学", "需要予測の手法を確認"), false, "sec");
        assertThat(f.selection.hearings(issueCase.id())).hasSize(2);
        assertThat(f.visits(issueCase, "selectionHearing")).isEqualTo(2);

        Task meeting = f.task(issueCase, "selectionMeeting");
        assertThat(meeting.getFormKey()).isEqualTo("selection-meeting");
        assertThatThrownBy(() -> f.selection.decideMeeting(issueCase.id(), meeting.getId(),
                Map.of(first, ProposalDecision.selected("費用対効果が高い")), true, null, "pref"))
                .isInstanceOf(InputRefused.class).hasMessageContaining("の選定結果を選んでください");
        assertThatThrownBy(() -> f.selection.decideMeeting(issueCase.id(), meeting.getId(), Map.of(first, ProposalDecision.selected(null),
                second, ProposalDecision.notSelected(null), nonMember, ProposalDecision.selected(null)), true, null, "pref"))
                .isInstanceOf(InputRefused.class);
        assertThat(f.jdbc.sql("SELECT COUNT(*) FROM selection_decision WHERE issue_case_id = ?").param(issueCase.id())
                .query(Long.class).single()).isZero();

        f.selection.decideMeeting(issueCase.id(), meeting.getId(), Map.of(first, ProposalDecision.selected("費用対効果が高い"),
                second, ProposalDecision.notSelected("実証体制が未整備")), true, "第1回選定会議", "pref");

        assertThat(f.publicStatus(issueCase)).isEqualTo("matched");
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.SUPPORTING);
        assertThat(f.matchings.forCase(issueCase.id())).singleElement().satisfies(matching -> {
            assertThat(matching.proposalId()).isEqualTo(first);
            assertThat(matching.municipality()).isEqualTo("utsunomiya");
            assertThat(matching.consultationStatus()).isEqualTo("STARTED");
        });
        assertThat(f.proposals.forCase(issueCase.id())).extracting(Proposal::status)
                .containsExactly(ProposalStatus.SELECTED, ProposalStatus.NOT_SELECTED, ProposalStatus.EXCLUDED);
        assertThat(f.mailKindsForIssue(issueCase.title())).filteredOn("proposal-outcome"::equals).hasSize(3);
        for (Proposal proposal : f.proposals.forCase(issueCase.id())) {
            assertThat(f.mailsTo(proposal.contactEmail())).last().asString().startsWith("proposal-outcome: ");
        }

        Task support = f.task(issueCase, "demonstrationSupport");
        assertThat(support.getFormKey()).isEqualTo("demonstration-support");
        f.selection.recordDemonstrationSupport(issueCase.id(), support.getId(), "実証計画を市と調整した。", "sec");
        assertThat(f.ended(issueCase, "supportCompleted")).isTrue();
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.COMPLETED);
        assertThat(f.publicStatus(issueCase)).isEqualTo("matched");
    }

    @Test
    void matchingWithoutDemonstrationSupportEnds() {
        IssueCase issueCase = f.recruiting();
        long proposal = f.propose(issueCase, f.member("株式会社とちぎモビリティ"), "株式会社とちぎモビリティ");
        f.fireTimers(issueCase, "2026-07-17T17:15");
        f.call.reviewProposals(issueCase.id(), f.taskId(issueCase, "reviewProposals"), Map.of(proposal, true), null, "sec");
        f.at("2026-07-24T16:00");
        f.selection.recordHearing(issueCase.id(), f.taskId(issueCase, "selectionHearing"),
                new SelectionHearing(LocalDate.of(2026, 7, 24), "参加者", "内容"), false, "sec");

        f.selection.decideMeeting(issueCase.id(), f.taskId(issueCase, "selectionMeeting"),
                Map.of(proposal, ProposalDecision.selected(null)), false, null, "pref");

        assertThat(f.ended(issueCase, "matchingCompleted")).isTrue();
        assertThat(f.visits(issueCase, "demonstrationSupport")).isZero();
        assertThat(f.publicStatus(issueCase)).isEqualTo("matched");
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.MATCHED);
    }

    @Test
    void noProposalSelectedClosesTheIssueAndEveryProposerIsTold() {
        IssueCase issueCase = f.recruiting();
        long proposal = f.propose(issueCase, f.member("株式会社とちぎモビリティ"), "株式会社とちぎモビリティ");
        f.fireTimers(issueCase, "2026-07-17T17:15");
        f.call.reviewProposals(issueCase.id(), f.taskId(issueCase, "reviewProposals"), Map.of(proposal, true), null, "sec");
        f.at("2026-07-24T16:00");
        f.selection.recordHearing(issueCase.id(), f.taskId(issueCase, "selectionHearing"),
                new SelectionHearing(LocalDate.of(2026, 7, 24), "参加者", "内容"), false, "sec");

        f.selection.decideMeeting(issueCase.id(), f.taskId(issueCase, "selectionMeeting"),
                Map.of(proposal, ProposalDecision.notSelected("費用が予算を超える")), true, null, "pref");

        assertThat(f.ended(issueCase, "closedWithoutSelection")).isTrue();
        assertThat(f.publicStatus(issueCase)).isEqualTo("closed");
        assertThat(f.matchings.forCase(issueCase.id())).isEmpty();
        assertThat(f.caseMailKinds(issueCase.title())).containsExactly("issue-decision", "proposal-received", "proposal-outcome");
    }

    @Test
    void aNonMembersProposalCanBeSelectedOnceRegistered() {
        IssueCase issueCase = f.recruiting();
        long proposal = f.propose(issueCase, null, "合同会社みらい配車");
        f.proposals.registrationCompleted(proposal, f.member("合同会社みらい配車"));
        f.fireTimers(issueCase, "2026-07-17T17:15");

        f.call.reviewProposals(issueCase.id(), f.taskId(issueCase, "reviewProposals"), Map.of(proposal, true), null, "sec");

        assertThat(f.proposals.forCase(issueCase.id())).extracting(Proposal::status).containsExactly(ProposalStatus.UNDER_SELECTION);
    }

    @Test
    void aStatusChangeDoesNotPublishAnEditorsPendingRevision() {
        IssueCase issueCase = f.recruiting();
        long proposal = f.propose(issueCase, f.member("株式会社とちぎモビリティ"), "株式会社とちぎモビリティ");
        String name = IssuePages.pageName(issueCase.id());
        var current = f.content.get(IssuePages.WORKSPACE, name);
        Map<String, Object> edited = new java.util.HashMap<>(current.properties());
        edited.put("summary", "編集中の概要");
        f.content.update(IssuePages.WORKSPACE, name, current.version(), edited, "編集中", "editor");
        f.fireTimers(issueCase, "2026-07-17T17:15");

        f.call.reviewProposals(issueCase.id(), f.taskId(issueCase, "reviewProposals"), Map.of(proposal, true), null, "sec");

        Map<String, Object> live = f.published.find(IssuePages.WORKSPACE, name).orElseThrow().properties();
        assertThat(live).containsEntry("publicStatus", "selecting").doesNotContainEntry("summary", "編集中の概要");
        assertThat(f.content.get(IssuePages.WORKSPACE, name).properties())
                .containsEntry("summary", "編集中の概要").containsEntry("publicStatus", "selecting");
    }
}
