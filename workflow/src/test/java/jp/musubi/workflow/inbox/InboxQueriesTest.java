package jp.musubi.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.issuecase.IntakeSteps;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueDecision;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WorkflowSpringBootTest
class InboxQueriesTest {

    @Autowired
    InboxFixture f;

    @Autowired
    InboxQueries queries;

    @Autowired
    TaskActions actions;

    @Autowired
    TaskAccess access;

    @Autowired
    IntakeSteps intake;

    @Autowired
    JdbcClient jdbc;

    private InboxPage group(InboxUser user, String text) {
        return queries.page(user.username(), user.roles(), new InboxFilter(InboxView.GROUP, null, null, null, text, null, 0, 20));
    }

    @Test
    void aNewIssueIsAGroupTaskOfThePrefectureOnlyAndItsCaseTitleIsSearchable() {
        String title = InboxFixture.unique("移動手段の確保");
        IssueCase issueCase = f.submit(title);
        InboxUser pref = f.user(Role.PREF_STAFF);
        InboxUser secretariat = f.user(Role.SECRETARIAT);

        InboxPage page = group(pref, title.substring(2).toUpperCase());
        assertThat(page.total()).isOne();
        InboxTask row = page.tasks().get(0);
        assertThat(row.name()).isEqualTo("取扱判断");
        assertThat(row.caseTitle()).isEqualTo(title);
        assertThat(row.caseSubtitle()).contains("宇都宮市", "交通政策課", "宇都宮 花子");
        assertThat(row.processName()).isEqualTo("課題からマッチングまで");
        assertThat(row.processInstanceId()).isEqualTo(issueCase.processInstanceId());

        assertThat(group(secretariat, title).total()).isZero();
        assertThatThrownBy(() -> access.openTask(row.id(), secretariat)).isInstanceOf(TaskNotVisibleException.class);
        assertThat(access.openTask(row.id(), pref).getId()).isEqualTo(row.id());
    }

    @Test
    void filtersByProcessCaseAndDueDate() {
        String title = InboxFixture.unique("フィルタ確認");
        IssueCase issueCase = f.submit(title);
        InboxUser pref = f.user(Role.PREF_STAFF);
        InboxFilter base = new InboxFilter(InboxView.GROUP, "issue-to-matching", issueCase.processInstanceId(), null, null, null, 0, 20);

        assertThat(queries.page(pref.username(), pref.roles(), base).total()).isOne();
        assertThat(queries.page(pref.username(), pref.roles(), new InboxFilter(InboxView.GROUP, "inquiry",
                issueCase.processInstanceId(), null, null, null, 0, 20)).total()).isZero();
        // 取扱判断 has no due date.
        assertThat(queries.page(pref.username(), pref.roles(), new InboxFilter(InboxView.GROUP, null,
                issueCase.processInstanceId(), DueFilter.NONE, null, null, 0, 20)).total()).isOne();
        assertThat(queries.page(pref.username(), pref.roles(), new InboxFilter(InboxView.GROUP, null,
                issueCase.processInstanceId(), DueFilter.OVERDUE, null, null, 0, 20)).total()).isZero();
        // A search with LIKE wildcards matches them literally.
        assertThat(group(pref, "%").tasks()).noneMatch(t -> t.caseTitle().equals(title));
    }

    @Test
    void claimMovesTheTaskToMyListAndAColleagueCannotTakeIt() {
        String title = InboxFixture.unique("引き受け確認");
        IssueCase issueCase = f.submit(title);
        InboxUser pref = f.user(Role.PREF_STAFF);
        InboxUser colleague = f.user(Role.PREF_STAFF);
        String taskId = f.task(issueCase, "handlingDecision").getId();

        actions.claim(taskId, pref);

        assertThat(group(pref, title).total()).isZero();
        InboxPage mine = queries.page(pref.username(), pref.roles(), new InboxFilter(InboxView.MINE, null, null, null, title, null, 0, 20));
        assertThat(mine.tasks()).extracting(InboxTask::id).containsExactly(taskId);
        assertThatThrownBy(() -> actions.claim(taskId, colleague)).isInstanceOf(InboxException.class)
                .hasMessageContaining("担当しています");
        assertThatThrownBy(() -> actions.unclaim(taskId, colleague)).isInstanceOf(InboxException.class);

        actions.unclaim(taskId, pref);
        assertThat(group(colleague, title).total()).isOne();
    }

    @Test
    void reassignOnlyToSomeoneHoldingACandidateGroup() {
        IssueCase issueCase = f.submit(InboxFixture.unique("担当替え"));
        InboxUser pref = f.user(Role.PREF_STAFF);
        InboxUser other = f.user(Role.PREF_STAFF);
        InboxUser secretariat = f.user(Role.SECRETARIAT);
        String taskId = f.task(issueCase, "handlingDecision").getId();

        assertThatThrownBy(() -> actions.reassign(taskId, secretariat.username(), pref)).isInstanceOf(InboxException.class)
                .hasMessageContaining("役割を持っていません");
        actions.reassign(taskId, other.username(), pref);
        assertThat(f.task(issueCase, "handlingDecision").getAssignee()).isEqualTo(other.username());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND kind = 'task-assigned'")
                .param(other.username() + "@pref.example.jp").query(Long.class).single()).isOne();
    }

    @Test
    void aNewTaskIsMailedToTheHoldersOfItsCandidateGroupThroughTheOutbox() {
        InboxUser pref = f.user(Role.PREF_STAFF);
        InboxUser member = f.user(Role.MEMBER);
        String title = InboxFixture.unique("通知確認");
        f.submit(title);

        List<String> toPref = jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = ? AND kind = 'task-assigned'")
                .param(pref.username() + "@pref.example.jp").query(String.class).list();
        assertThat(toPref).anyMatch(subject -> subject.contains("取扱判断"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
                .param(member.username() + "@pref.example.jp").query(Long.class).single()).isZero();
    }

    @Test
    void commentsAndOutcomesAppearInTheTimeline() {
        IssueCase issueCase = f.submit(InboxFixture.unique("履歴確認"));
        InboxUser pref = f.user(Role.PREF_STAFF);
        String taskId = f.task(issueCase, "handlingDecision").getId();

        actions.comment(taskId, "市町に確認中です。", pref);
        assertThatThrownBy(() -> actions.comment(taskId, "  ", pref)).isInstanceOf(InboxException.class)
                .hasMessage("コメントを入力してください。");
        actions.recordOutcome(taskId, "判断：取り扱う", pref.username());
        intake.decideHandling(issueCase.id(), taskId, IssueDecision.HANDLE, null, pref.username());

        CaseTimeline timeline = timeline();
        assertThat(timeline.timeline(issueCase.processInstanceId())).extracting(TimelineEntry::title, TimelineEntry::text)
                .contains(org.assertj.core.groups.Tuple.tuple("コメント", "市町に確認中です。"),
                        org.assertj.core.groups.Tuple.tuple("判断の内容", "判断：取り扱う"));
        assertThat(timeline.completedSteps(issueCase.processInstanceId()))
                .extracting(CompletedStep::taskName, CompletedStep::completedBy, CompletedStep::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("取扱判断", "職員 " + pref.username(), "判断：取り扱う"));
        DiagramMarkers markers = timeline.markers(issueCase.processInstanceId());
        assertThat(markers.current()).containsExactly("issueHearing");
        assertThat(markers.completed()).contains("handlingDecision").doesNotContain("issueHearing");
        InboxPage done = queries.page(pref.username(), pref.roles(), new InboxFilter(InboxView.DONE, null,
                issueCase.processInstanceId(), null, null, null, 0, 20));
        assertThat(done.tasks()).extracting(InboxTask::name).containsExactly("取扱判断");
    }

    @Autowired
    CaseTimeline caseTimeline;

    private CaseTimeline timeline() {
        return caseTimeline;
    }
}
