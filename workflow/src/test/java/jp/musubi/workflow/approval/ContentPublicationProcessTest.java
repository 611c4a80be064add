package jp.musubi.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.ContentChangeLog;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.newsletter.NewsletterSend;
import jp.musubi.cms.newsletter.NewsletterSends;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of {@code content-publication}, with the real CMS, delegates and database. */
@WorkflowSpringBootTest
class ContentPublicationProcessTest {

    private static final String WS = "articles";
    private static final String EDITOR = "editor-sato";
    private static final String APPROVER = "pref-suzuki";
    private static final String OTHER_APPROVER = "pref-tanaka";

    @Autowired ContentService content;
    @Autowired PublicationService publication;
    @Autowired PublicationApprovalService approvals;
    @Autowired PublicationRequestRepository requests;
    @Autowired ContentChangeLog changeLog;
    @Autowired NewsletterSends newsletters;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired MockMvc mvc;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void realTime() {
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    @Test
    void submittingStartsTheApprovalForThePrefecture() {
        String name = article(false);
        submit(name, null);

        Task approval = approvalTask(name);
        assertThat(approval.getName()).isEqualTo("公開承認");
        assertThat(approval.getFormKey()).isEqualTo("publication-approval");
        assertThat(tasks.createTaskQuery().taskCandidateGroup("PREF_STAFF").taskId(approval.getId()).count()).isOne();
        assertThat(tasks.createTaskQuery().taskCandidateGroup("SECRETARIAT").taskId(approval.getId()).count()).isZero();
        assertThat(runtime.getVariables(approval.getProcessInstanceId())).containsEntry("workspace", WS)
                .containsEntry("name", name).containsEntry("revision", 1).containsEntry("submittedBy", EDITOR)
                .containsEntry("comment", "公開をお願いします").containsEntry("unpublish", false)
                .containsEntry("itemTitle", "県内DX事例 " + name);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(approval.getProcessInstanceId()).singleResult()
                .getBusinessKey()).isEqualTo(WS + "/" + name);
        PublicationRequest request = request(approval);
        assertThat(request.submittedBy()).isEqualTo(EDITOR);
        assertThat(request.submitComment()).isEqualTo("公開をお願いします");
        assertThat(request.decision()).isNull();
        assertThat(content.get(WS, name).approvalPending()).isTrue();
    }

    @Test
    void approvedIsPublishedLoggedAndDelivered() throws Exception {
        String name = article(false);
        submit(name, null);
        Task approval = approvalTask(name);

        PublicationRequest decided = approvals.approve(approval.getId(), APPROVER, "問題ありません");

        ContentItem item = content.get(WS, name);
        assertThat(item.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(item.publishedRevision()).isOne();
        assertThat(item.approvalPending()).isFalse();
        assertThat(item.lastActivated().by()).isEqualTo(APPROVER);
        assertThat(changes(name)).containsExactly(ContentChange.Kind.PUBLISHED);
        assertThat(decided.decision()).isEqualTo(PublicationDecision.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo(APPROVER);
        assertThat(decided.decisionComment()).isEqualTo("問題ありません");
        assertThat(decided.executedAt()).isNotNull();
        assertThat(decided.newsletterSendId()).isNull();
        assertEnded(approval.getProcessInstanceId(), "published");
        assertThat(visits(approval.getProcessInstanceId(), "sendNewsletter")).isZero();
        mvc.perform(get("/.rest/delivery/articles/" + name).with(user("visitor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['@name']").value(name))
                .andExpect(jsonPath("$.title").value("県内DX事例 " + name));
    }

    @Test
    void anArticleMarkedForTheNewsletterIsSentToMembers() {
        String name = article(true);
        submit(name, null);
        Task approval = approvalTask(name);

        PublicationRequest decided = approvals.approve(approval.getId(), APPROVER, null);

        assertThat(decided.newsletterSendId()).isNotNull();
        NewsletterSend send = newsletters.find(decided.newsletterSendId()).orElseThrow();
        assertThat(send.articleName()).isEqualTo(name);
        assertThat(send.articleRevision()).isOne();
        assertThat(send.createdBy()).isEqualTo(APPROVER);
        // Issue 21, item 3: the history tells it was started by the approval, flagged by the submitter.
        assertThat(send.startedByApproval()).isTrue();
        assertThat(send.approvedBy()).isEqualTo(APPROVER);
        assertThat(send.requestedBy()).isEqualTo(decided.submittedBy());
        assertEnded(approval.getProcessInstanceId(), "published");
        assertThat(visits(approval.getProcessInstanceId(), "sendNewsletter")).isOne();
    }

    @Test
    void aRequestedPublicationTimeIsAwaitedThenPublished() {
        String name = article(true);
        Instant publishAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        submit(name, publishAt);
        Task approval = approvalTask(name);

        approvals.approve(approval.getId(), APPROVER, "指定日時に公開してください");

        String process = approval.getProcessInstanceId();
        ContentItem waiting = content.get(WS, name);
        assertThat(waiting.status()).isNotEqualTo(PublicationStatus.PUBLISHED);
        assertThat(waiting.approvalPending()).as("cannot be submitted twice meanwhile").isTrue();
        assertThat(request(approval).executedAt()).isNull();
        List<Job> timers = management.createTimerJobQuery().processInstanceId(process).list();
        assertThat(timers).extracting(Job::getDuedate).containsExactly(Date.from(publishAt));
        assertThat(fireTimersAt(publishAt.minusSeconds(60), process)).isZero();

        assertThat(fireTimersAt(publishAt, process)).isOne();

        assertThat(content.get(WS, name).status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(content.get(WS, name).lastActivated().by()).isEqualTo(APPROVER);
        assertThat(request(approval).newsletterSendId()).as("the newsletter goes out with the publication").isNotNull();
        assertEnded(process, "published");
    }

    @Test
    void aPublicationTimePassedBeforeTheApprovalPublishesAtOnce() {
        String name = article(false);
        Instant publishAt = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        submit(name, publishAt);
        Task approval = approvalTask(name);
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(publishAt.plus(Duration.ofHours(1))));

        approvals.approve(approval.getId(), APPROVER, null);

        assertThat(content.get(WS, name).status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertEnded(approval.getProcessInstanceId(), "published");
    }

    @Test
    void eachDecisionIsWrittenToTheAuditLog() {
        String name = article(false);
        submit(name, null);
        approvals.reject(approvalTask(name).getId(), APPROVER, "出典を記載してください");
        submit(name, null);
        approvals.approve(approvalTask(name).getId(), APPROVER, null);

        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE actor = ? AND action = 'APPROVAL' AND target = ? ORDER BY id")
                .params(APPROVER, "publication:" + WS + "/" + name).query(String.class).list())
                .containsExactly("公開承認：「県内DX事例 " + name + "」（第1版）を差し戻し",
                        "公開承認：「県内DX事例 " + name + "」（第1版）を承認");
    }

    @Test
    void rejectedGoesBackToTheSubmitterWhoResubmitsAndIsApproved() {
        String name = article(false);
        submit(name, null);
        Task approval = approvalTask(name);

        PublicationRequest rejected = approvals.reject(approval.getId(), APPROVER, "  写真の出典を記載してください  ");

        assertThat(rejected.decision()).isEqualTo(PublicationDecision.REJECTED);
        assertThat(rejected.decisionComment()).isEqualTo("写真の出典を記載してください");
        ContentItem item = content.get(WS, name);
        assertThat(item.status()).isNotEqualTo(PublicationStatus.PUBLISHED);
        assertThat(item.approvalPending()).isFalse();
        assertThat(changes(name)).isEmpty();
        String first = approval.getProcessInstanceId();
        Task revision = tasks.createTaskQuery().processInstanceId(first).taskDefinitionKey("reviseContent").singleResult();
        assertThat(revision.getName()).isEqualTo("差し戻し対応");
        assertThat(revision.getAssignee()).isEqualTo(EDITOR);
        assertThat(revision.getFormKey()).isEqualTo("publication-revision");
        assertThat(tasks.createTaskQuery().taskAssignee(EDITOR).taskId(revision.getId()).count()).isOne();
        assertThat(runtime.getVariable(first, "decisionComment")).isEqualTo("写真の出典を記載してください");

        ContentItem revised = content.update(WS, name, item.version(), properties(name, false, "<p>写真：栃木県提供</p>"),
                "出典を追記", EDITOR);
        publication.submit(WS, name, "出典を追記しました", null, false, EDITOR);

        assertEnded(first, "revisionDone");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(first).variableName("resubmitted")
                .singleResult().getValue()).isEqualTo(true);
        Task second = approvalTask(name);
        assertThat(second.getProcessInstanceId()).isNotEqualTo(first);
        assertThat(runtime.getVariable(second.getProcessInstanceId(), "revision")).isEqualTo(revised.revision());
        approvals.approve(second.getId(), APPROVER, null);
        assertThat(content.get(WS, name).publishedRevision()).isEqualTo(2);
        assertThat(requests.findByItem(WS, name)).extracting(PublicationRequest::decision)
                .containsExactly(PublicationDecision.APPROVED, PublicationDecision.REJECTED);
    }

    @Test
    void theSubmitterClosesTheRevisionTaskWhenNotResubmitting() {
        String name = article(false);
        submit(name, null);
        Task approval = approvalTask(name);
        approvals.reject(approval.getId(), APPROVER, "今回は掲載を見送ります");
        Task revision = tasks.createTaskQuery().processInstanceId(approval.getProcessInstanceId())
                .taskDefinitionKey("reviseContent").singleResult();

        assertThatThrownBy(() -> approvals.closeRevision(revision.getId(), OTHER_APPROVER))
                .isInstanceOf(PublicationApprovalException.class).hasMessageContaining("申請した本人");
        approvals.closeRevision(revision.getId(), EDITOR);

        assertEnded(approval.getProcessInstanceId(), "revisionDone");
    }

    @Test
    void anUnpublishRequestApprovedTakesTheItemOffTheSite() {
        String name = article(true);
        publication.publish(WS, name, 1, APPROVER);
        publication.submit(WS, name, "イベント終了のため掲載を終了します", null, true, EDITOR);
        Task approval = approvalTask(name);
        assertThat(runtime.getVariable(approval.getProcessInstanceId(), "unpublish")).isEqualTo(true);

        approvals.approve(approval.getId(), APPROVER, null);

        ContentItem item = content.get(WS, name);
        assertThat(item.publishedRevision()).isNull();
        assertThat(item.approvalPending()).isFalse();
        assertThat(changes(name)).containsExactly(ContentChange.Kind.PUBLISHED, ContentChange.Kind.UNPUBLISHED);
        assertThat(visits(approval.getProcessInstanceId(), "sendNewsletter")).as("nothing to send").isZero();
        assertEnded(approval.getProcessInstanceId(), "published");
    }

    @Test
    void anUnpublishRequestRejectedKeepsTheItemOnTheSite() {
        String name = article(false);
        publication.publish(WS, name, 1, APPROVER);
        publication.submit(WS, name, "古い情報のため掲載を終了したい", null, true, EDITOR);
        Task approval = approvalTask(name);
        assertThat(request(approval).unpublish()).isTrue();

        approvals.reject(approval.getId(), APPROVER, "年度末まで掲載を続けてください");

        ContentItem item = content.get(WS, name);
        assertThat(item.publishedRevision()).as("still on the site").isEqualTo(1);
        assertThat(item.approvalPending()).isFalse();
        assertThat(changes(name)).containsExactly(ContentChange.Kind.PUBLISHED);
        Task revision = tasks.createTaskQuery().processInstanceId(approval.getProcessInstanceId())
                .taskDefinitionKey("reviseContent").singleResult();
        assertThat(revision.getAssignee()).isEqualTo(EDITOR);
        approvals.closeRevision(revision.getId(), EDITOR);
        assertEnded(approval.getProcessInstanceId(), "revisionDone");
    }

    @Test
    void anUnpublishRequestCannotBeMadeForAnItemNotOnTheSite() {
        String name = article(false);
        assertThatThrownBy(() -> publication.submit(WS, name, null, null, true, EDITOR))
                .hasMessage("公開されていないため、公開停止を申請できません。");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(WS + "/" + name).count()).isZero();
        assertThat(content.get(WS, name).approvalPending()).isFalse();
    }

    @Test
    void aRejectionWithoutCommentIsRefusedAndChangesNothing() {
        String name = article(false);
        submit(name, null);
        Task approval = approvalTask(name);

        for (String blank : new String[] {null, "", "　 "}) {
            assertThatThrownBy(() -> approvals.reject(approval.getId(), APPROVER, blank))
                    .isInstanceOfSatisfying(PublicationApprovalException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("差し戻す場合は、理由や修正してほしい点をコメントに入力してください。");
                        assertThat(e.field()).isEqualTo("comment");
                    });
        }
        assertThatThrownBy(() -> approvals.approve(approval.getId(), APPROVER, "あ".repeat(1001)))
                .isInstanceOf(PublicationApprovalException.class).hasMessage("コメントは1000文字以内で入力してください。");

        assertUntouched(approval, name);
    }

    @Test
    void theSubmitterCannotDecideOnTheirOwnRequest() {
        String name = article(false);
        submit(name, null);
        Task approval = approvalTask(name);

        assertThatThrownBy(() -> approvals.approve(approval.getId(), EDITOR, null))
                .isInstanceOf(PublicationApprovalException.class).hasMessageContaining("申請者本人");

        assertUntouched(approval, name);
    }

    @Test
    void aSecondDecisionOnTheSameTaskIsRefused() {
        String name = article(false);
        submit(name, null);
        Task approval = approvalTask(name);
        approvals.approve(approval.getId(), APPROVER, null);

        assertThatThrownBy(() -> approvals.reject(approval.getId(), OTHER_APPROVER, "待ってください"))
                .isInstanceOf(PublicationApprovalException.class)
                .hasMessage("このタスクはすでに他の方が処理したか、存在しません。受信箱を開き直してください。");

        assertThat(request(approval).decidedBy()).isEqualTo(APPROVER);
        assertThat(request(approval).decision()).isEqualTo(PublicationDecision.APPROVED);
        assertThat(changes(name)).containsExactly(ContentChange.Kind.PUBLISHED);
    }

    @Test
    void twoApproversAtTheSameMomentOnlyOneDecides() throws Exception {
        String name = article(false);
        submit(name, null);
        Task approval = approvalTask(name);
        CountDownLatch firstDecided = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> transaction.executeWithoutResult(status -> {
                approvals.approve(approval.getId(), APPROVER, null);
                firstDecided.countDown();
                await(commitFirst);
            }));
            assertThat(firstDecided.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> second = threads.submit(() -> approvals.reject(approval.getId(), OTHER_APPROVER, "差し戻します"));
            Thread.sleep(300); // the second decision is under way, waiting for the first one's row
            commitFirst.countDown();
            first.get(30, TimeUnit.SECONDS);

            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(PublicationApprovalException.class)
                    .hasMessage("このタスクはすでに他の方が処理したか、存在しません。受信箱を開き直してください。");
        } finally {
            commitFirst.countDown();
            threads.shutdownNow();
        }
        assertThat(request(approval).decidedBy()).isEqualTo(APPROVER);
        assertThat(content.get(WS, name).status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(changes(name)).containsExactly(ContentChange.Kind.PUBLISHED);
        assertEnded(approval.getProcessInstanceId(), "published");
    }

    @Test
    void aFailingPublicationRollsBackTheApproval() {
        String name = article(FailingPublicationListener.PREFIX, false);
        submit(name, null);
        Task approval = approvalTask(name);

        assertThatThrownBy(() -> approvals.approve(approval.getId(), APPROVER, "承認します"))
                .hasMessageContaining("refused downstream");

        assertUntouched(approval, name);
        assertThat(changes(name)).isEmpty();
    }

    @Test
    void aFailingUnpublicationRollsBackTheApproval() {
        String name = article(false);
        publication.publish(WS, name, 1, APPROVER);
        publication.submit(WS, name, "掲載終了", null, true, EDITOR);
        Task approval = approvalTask(name);
        // Meanwhile taken off directly: unpublishing again breaks the rule "only a published item".
        publication.unpublish(WS, name, "admin");

        assertThatThrownBy(() -> approvals.approve(approval.getId(), APPROVER, null))
                .hasMessage("公開されていないため、公開を停止できません。");

        assertThat(tasks.createTaskQuery().taskId(approval.getId()).singleResult()).as("still open").isNotNull();
        assertThat(request(approval).decision()).isNull();
        assertThat(changes(name)).containsExactly(ContentChange.Kind.PUBLISHED, ContentChange.Kind.UNPUBLISHED);
    }

    // --- helpers

    private String article(boolean newsletter) {
        return article("dx-case-", newsletter);
    }

    private String article(String prefix, boolean newsletter) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        content.create(WS, name, properties(name, newsletter, "<p>県内企業の生成AI活用事例を紹介します。</p>"), "初稿", EDITOR);
        return name;
    }

    private static Map<String, Object> properties(String name, boolean newsletter, String body) {
        return Map.of("title", "県内DX事例 " + name, "category", "dx-case", "body", body, "newsletter", newsletter);
    }

    private void submit(String name, Instant publishAt) {
        publication.submit(WS, name, "公開をお願いします", publishAt, false, EDITOR);
    }

    private Task approvalTask(String name) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(WS + "/" + name)
                .taskDefinitionKey("approvePublication").singleResult();
        assertThat(task).as("open approval of %s", name).isNotNull();
        return task;
    }

    private PublicationRequest request(Task task) {
        return requests.findByProcessInstance(task.getProcessInstanceId()).orElseThrow();
    }

    private void assertUntouched(Task approval, String name) {
        Task open = tasks.createTaskQuery().taskId(approval.getId()).singleResult();
        assertThat(open).as("still open").isNotNull();
        assertThat(open.getAssignee()).isNull();
        assertThat(request(approval).decision()).isNull();
        assertThat(request(approval).decidedBy()).isNull();
        assertThat(runtime.getVariable(approval.getProcessInstanceId(), "approved")).isNull();
        ContentItem item = content.get(WS, name);
        assertThat(item.publishedRevision()).isNull();
        assertThat(item.approvalPending()).isTrue();
    }

    private List<ContentChange.Kind> changes(String name) {
        return changeLog.changesAfter(0, 100_000).stream().filter(change -> change.name().equals(name))
                .map(ContentChange::kind).toList();
    }

    /** Moves the engine clock and runs the timers due by then, as the async executor would. */
    private int fireTimersAt(Instant now, String process) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(now));
        List<Job> due = management.createTimerJobQuery().processInstanceId(process).executable().list();
        for (Job timer : due) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
        return due.size();
    }

    private long visits(String process, String activity) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId(activity).count();
    }

    private void assertEnded(String process, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count()).isZero();
        assertThat(visits(process, endEvent)).isOne();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
