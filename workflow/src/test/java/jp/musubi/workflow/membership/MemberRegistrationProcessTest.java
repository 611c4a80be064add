package jp.musubi.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountRepository;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of {@code member-registration}'s application branch: 入会申込み → 入会審査 → 承認 / 見送り. */
@WorkflowSpringBootTest
class MemberRegistrationProcessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MembershipApplications applications;

    @Autowired
    MembershipScreening screening;

    @Autowired
    MembershipApplicationRepository applicationRows;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    AccountRepository accounts;

    @Autowired
    ContentService content;

    @Autowired
    PublicationService publication;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApplicationWaitsForTheSecretariatsScreening() {
        MembershipApplication application = MembershipFixtures.application("regwait");
        long id = applications.apply(application);

        Task task = screeningTask(id);
        assertThat(task.getName()).isEqualTo("入会審査");
        assertThat(task.getFormKey()).isEqualTo("membership-screening");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup(Role.SECRETARIAT.name()).count()).isOne();
        assertThat(applicationRows.find(id)).get().satisfies(row -> {
            assertThat(row.status()).isEqualTo(StoredApplication.SUBMITTED);
            assertThat(row.application().contactEmail()).isEqualTo(application.contactEmail());
            assertThat(row.application().profile().fields()).containsExactly("防災", "農業");
        });
    }

    @Test
    void approvalRegistersTheMemberPublishesItsProfileAndMailsTheApplicant() {
        MembershipApplication application = MembershipFixtures.application("regok");
        long id = applications.apply(application);

        screening.complete(screeningTask(id).getId(), ScreeningDecision.approveAllChecked(), "secretariat1");

        String key = "member-" + id;
        assertEnded(id, "memberAdmitted");
        StoredApplication row = applicationRows.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo(StoredApplication.APPROVED);
        assertThat(row.organizationKey()).isEqualTo(key);
        assertThat(row.decidedBy()).isEqualTo("secretariat1");
        assertThat(List.of(row.notAntisocial(), row.termsAccepted(), row.existenceConfirmed())).containsOnly(true);

        Organization org = organizations.findByKey(key).orElseThrow();
        assertThat(org.name()).isEqualTo(application.organizationName());
        assertThat(org.status()).isEqualTo("ACTIVE");
        assertThat(org.joinedOn()).isNotNull();
        assertThat(organizations.contacts(key)).containsExactly(
                new OrganizationContact(application.contactName(), application.contactEmail(), application.contactPhone()));

        Account account = accounts.findByUsername(application.loginId()).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.MEMBER);
        assertThat(account.organizationKey()).isEqualTo(key);
        assertThat(account.enabled()).as("disabled until the member sets a first password").isFalse();

        ContentItem profile = content.get("members", key);
        assertThat(profile.publishedRevision()).isEqualTo(1);
        assertThat(profile.properties()).containsEntry("title", application.organizationName())
                .containsEntry("kind", "company")
                .containsEntry("summary", application.profile().summary())
                .containsEntry("city", "宇都宮市")
                .containsEntry("fields", List.of("防災", "農業"))
                .doesNotContainKey("contactEmail");
        assertThat(profile.properties().get("body").toString()).contains("<p>").doesNotContain("<script");
        assertThat(profile.properties().values()).doesNotContain(application.contactEmail(), application.contactName(),
                application.contactPhone());

        List<Map<String, Object>> mails = MembershipFixtures.mails(jdbc, application.contactEmail());
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.get("kind")).isEqualTo("membership-approved");
            assertThat(mail.get("text_body").toString()).contains(application.loginId()).doesNotContainIgnoringCase("パスワード：")
                    .contains("/account/activate?token=");
        });
    }

    @Test
    void aDeclineMailsTheReasonAndCreatesNothing() {
        MembershipApplication application = MembershipFixtures.application("regno");
        long id = applications.apply(application);

        screening.complete(screeningTask(id).getId(), ScreeningDecision.decline("所在を確認できませんでした。"), "secretariat1");

        assertEnded(id, "membershipDeclined");
        StoredApplication row = applicationRows.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo(StoredApplication.DECLINED);
        assertThat(row.declineReason()).isEqualTo("所在を確認できませんでした。");
        assertNothingCreated(id, application);
        assertThat(MembershipFixtures.mails(jdbc, application.contactEmail())).singleElement().satisfies(mail -> {
            assertThat(mail.get("kind")).isEqualTo("membership-declined");
            assertThat(mail.get("text_body").toString()).contains("所在を確認できませんでした。");
        });
    }

    @Test
    void approvalIsRefusedWhileACheckIsMissingAndNothingChanges() {
        MembershipApplication application = MembershipFixtures.application("regcheck");
        long id = applications.apply(application);
        String task = screeningTask(id).getId();

        assertThatThrownBy(() -> screening.complete(task, new ScreeningDecision(true, true, false, true, null), "secretariat1"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsOnly(Map.entry("existenceConfirmed", "所在・実在を確認してください。")));
        assertThatThrownBy(() -> screening.complete(task, new ScreeningDecision(false, false, false, true, null), "secretariat1"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsKeys("notAntisocial", "termsAccepted", "existenceConfirmed")
                        .containsEntry("notAntisocial", "反社会的勢力に該当しないことを確認してください。"));

        assertUnchanged(id, task, application);
    }

    @Test
    void aDeclineWithoutReasonOrADecisionIsRefusedAndNothingChanges() {
        MembershipApplication application = MembershipFixtures.application("regreason");
        long id = applications.apply(application);
        String task = screeningTask(id).getId();

        assertThatThrownBy(() -> screening.complete(task, ScreeningDecision.decline("  "), "secretariat1"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsOnly(Map.entry("declineReason", "見送りの理由を入力してください。")));
        assertThatThrownBy(() -> screening.complete(task, new ScreeningDecision(true, true, true, null, null), "secretariat1"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors()).containsKey("approve"));
        assertThatThrownBy(() -> screening.complete("no-such-task", ScreeningDecision.approveAllChecked(), "secretariat1"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors()).containsKey("task"));

        assertUnchanged(id, task, application);
    }

    @Test
    void anInvalidApplicationIsRefusedWithJapaneseMessagesAndNothingIsStored() {
        long before = count("membership_application");
        long processes = runtime.createProcessInstanceQuery().processDefinitionKey("member-registration").count();
        MembershipApplication invalid = new MembershipApplication(" ", null,
                new MemberProfile("あ".repeat(401), null, List.of(), null, "javascript:alert(1)"),
                "", "ｔａｒｏ@example.jp", "abc", "Taro!");

        assertThatThrownBy(() -> applications.apply(invalid))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsEntry("organizationName", "組織名を入力してください。")
                        .containsEntry("kind", "種別（企業・大学・研究室・団体）を選んでください。")
                        .containsEntry("summary", "概要は400文字以内で入力してください。")
                        .containsEntry("url", "ウェブサイトは http:// または https:// で始まるアドレスを入力してください。")
                        .containsEntry("contactName", "担当者名を入力してください。")
                        .containsKeys("contactEmail", "contactPhone", "loginId"));

        assertThat(count("membership_application")).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("member-registration").count()).isEqualTo(processes);
    }

    @Test
    void aLoginIdInUseOrAwaitingScreeningIsRefused() {
        MembershipApplication first = MembershipFixtures.application("regdup");
        applications.apply(first);
        MembershipApplication second = MembershipFixtures.application("regdup2");
        MembershipApplication sameLogin = new MembershipApplication(second.organizationName(), second.kind(), second.profile(),
                second.contactName(), second.contactEmail(), second.contactPhone(), first.loginId());

        assertThatThrownBy(() -> applications.apply(sameLogin))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors().get("loginId"))
                        .contains("既に使われています"));
    }

    private void assertUnchanged(long id, String task, MembershipApplication application) {
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task stays open").isOne();
        StoredApplication row = applicationRows.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo(StoredApplication.SUBMITTED);
        assertThat(row.decidedBy()).isNull();
        assertNothingCreated(id, application);
        assertThat(MembershipFixtures.mails(jdbc, application.contactEmail())).isEmpty();
    }

    private void assertNothingCreated(long id, MembershipApplication application) {
        assertThat(organizations.findByKey("member-" + id)).isEmpty();
        assertThat(accounts.findByUsername(application.loginId())).isEmpty();
        assertThat(content.find("members", "member-" + id)).isEmpty();
    }

    private Task screeningTask(long applicationId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(applicationId))
                .processDefinitionKey("member-registration").taskDefinitionKey("screenMembership").singleResult();
    }

    private void assertEnded(long applicationId, String endEvent) {
        String business = String.valueOf(applicationId);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("member-registration").processInstanceBusinessKey(business).count()).isZero();
        String process = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(business)
                .processDefinitionKey("member-registration").finished().singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId(endEvent).count()).isOne();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    static int next() {
        return SEQUENCE.incrementAndGet();
    }
}
