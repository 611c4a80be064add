package jp.musubi.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.issuecase.CaseStateException;
import jp.musubi.workflow.issuecase.IntakeSteps;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueDecision;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Two secretariat members complete the same hearing at the same moment: one wins, nothing is applied twice. */
@WorkflowSpringBootTest
class ConcurrentCompletionTest {

    @Autowired
    InboxFixture f;

    @Autowired
    IntakeSteps intake;

    @Autowired
    TaskActions actions;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecondCompletionIsRefusedAndTheCaseMovesOnce() throws Exception {
        IssueCase issueCase = f.submit(InboxFixture.unique("同時完了"));
        InboxUser pref = f.user(Role.PREF_STAFF);
        InboxUser one = f.user(Role.SECRETARIAT);
        InboxUser two = f.user(Role.SECRETARIAT);
        intake.decideHandling(issueCase.id(), f.task(issueCase, "handlingDecision").getId(), IssueDecision.HANDLE, null,
                pref.username());
        String hearing = f.task(issueCase, "issueHearing").getId();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (InboxUser user : List.of(one, two)) {
            Callable<String> complete = () -> {
                start.await();
                try {
                    // As the inbox does it: outcome comment and the step in one transaction.
                    transaction.executeWithoutResult(status -> {
                        actions.recordOutcome(hearing, "論点：" + user.username(),
                                user.username());
                        intake.recordHearing(issueCase.id(), hearing, "論点（" + user.username() + "）", true, user.username());
                    });
                    return "ok";
                } catch (CaseStateException | TaskGoneException e) {
                    return "refused";
                }
            };
            results.add(pool.submit(complete));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("ok", "refused");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(issueCase.processInstanceId())
                .taskDefinitionKey("issueHearing").finished().count()).isOne();
        assertThat(tasks.createTaskQuery().processInstanceId(issueCase.processInstanceId()).taskDefinitionKey("issueSelection")
                .count()).isOne();
        assertThat(tasks.getProcessInstanceComments(issueCase.processInstanceId(), CaseTimeline.OUTCOME)).hasSize(1);
    }
}
