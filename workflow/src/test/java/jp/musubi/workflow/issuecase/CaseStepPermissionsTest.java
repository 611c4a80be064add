package jp.musubi.workflow.issuecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;


import jp.musubi.workflow.account.AccountRepository;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import jp.musubi.workflow.task.TaskNotPermittedException;
import jp.musubi.workflow.task.TaskPermissions;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Role checks inside the services: a step is done only by a holder of its candidate role, or its assignee. */
@WorkflowSpringBootTest
class CaseStepPermissionsTest {

    @Autowired
    IssueToMatchingFixture f;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountRepository accounts;

    @Autowired
    TaskPermissions permissions;

    @Test
    void aUserWithoutTheTasksRoleCannotCompleteItAndNothingChanges() {
        IssueCase issueCase = f.submit();
        String task = f.taskId(issueCase, "handlingDecision");
        String editor = account(Role.EDITOR);
        String secretariat = account(Role.SECRETARIAT);

        for (String user : new String[] {editor, secretariat, "no-such-user"}) {
            assertThatThrownBy(() -> f.intake.decideHandling(issueCase.id(), task, IssueDecision.HANDLE, null, user))
                    .isInstanceOf(TaskNotPermittedException.class).hasMessageContaining("担当する権限がありません");
        }

        Task still = f.task(issueCase, "handlingDecision");
        assertThat(still.getId()).isEqualTo(task);
        assertThat(still.getAssignee()).isNull();
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.HANDLING_DECISION);
        assertThat(f.mailsTo(issueCase.submitterEmail())).isEmpty();
    }

    @Test
    void aTaskClaimedBySomeoneElseCannotBeCompletedByAColleague() {
        IssueCase issueCase = f.submit();
        String task = f.taskId(issueCase, "handlingDecision");
        String holder = account(Role.PREF_STAFF);
        String colleague = account(Role.PREF_STAFF);
        f.tasks.claim(task, holder);

        assertThatThrownBy(() -> f.intake.decideHandling(issueCase.id(), task, IssueDecision.HANDLE, null, colleague))
                .isInstanceOf(TaskNotPermittedException.class).hasMessageContaining(holder);
        assertThat(f.issueCase(issueCase.id()).status()).isEqualTo(IssueCaseStatus.HANDLING_DECISION);

        f.intake.decideHandling(issueCase.id(), task, IssueDecision.HANDLE, null, holder);
        assertThat(f.issueCase(issueCase.id()).status()).isNotEqualTo(IssueCaseStatus.HANDLING_DECISION);
    }

    @Test
    void aDisabledAccountMayNotTakeATask() {
        IssueCase issueCase = f.submit();
        Task task = f.task(issueCase, "handlingDecision");
        String pref = account(Role.PREF_STAFF);
        assertThat(permissions.mayTake(task, pref)).isTrue();

        accounts.setEnabled(pref, false);

        assertThat(permissions.mayTake(task, pref)).isFalse();
        assertThat(permissions.candidateGroups(task.getId())).containsExactly("PREF_STAFF");
    }

    private String account(Role role) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.create(new NewAccount(username, username, username + "@example.jp", "password-" + username,
                Set.of(role), null, null));
        return username;
    }
}
