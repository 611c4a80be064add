package jp.musubi.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountRepository;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The change and withdrawal branches of {@code member-registration}, on members admitted through the process. */
@WorkflowSpringBootTest
class MemberRequestsProcessTest {

    @Autowired
    MembershipApplications applications;

    @Autowired
    MembershipScreening screening;

    @Autowired
    MemberRequests requests;

    @Autowired
    MemberRequestReviews reviews;

    @Autowired
    MemberRequestRepository requestRows;

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
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApprovedProfileChangeIsPublishedKeepingTheRegistryData() {
        String key = admittedMember("chg");
        MemberProfile changed = new MemberProfile("AIによる需要予測を提供しています。", null, List.of("観光"), "小山市",
                "https://example.jp/new");
        long id = requests.requestProfileChange(key, changed, "member-user");

        Task review = task("change-" + id, "reviewProfileChange");
        assertThat(review.getName()).isEqualTo("変更内容の確認");
        assertThat(review.getFormKey()).isEqualTo("member-profile-change-review");
        assertThat(tasks.createTaskQuery().taskId(review.getId()).taskCandidateGroup("SECRETARIAT").count()).isOne();
        reviews.reviewProfileChange(review.getId(), true, null, "secretariat1");

        ContentItem profile = content.get("members", key);
        assertThat(profile.revision()).isEqualTo(2);
        assertThat(profile.publishedRevision()).isEqualTo(2);
        assertThat(profile.properties()).containsEntry("summary", "AIによる需要予測を提供しています。")
                .containsEntry("city", "小山市").containsEntry("fields", List.of("観光"))
                .containsEntry("title", organizations.findByKey(key).orElseThrow().name())
                .doesNotContainKey("body");
        assertThat(requestRows.find(id).orElseThrow().status()).isEqualTo(MemberRequest.APPROVED);
        assertEnded("change-" + id, "profileChanged");
    }

    @Test
    void aRefusedProfileChangeNeedsAReasonAndLeavesTheProfileAlone() {
        String key = admittedMember("chgno");
        long id = requests.requestProfileChange(key,
                new MemberProfile("誤った内容", null, List.of(), null, null), "member-user");
        String review = task("change-" + id, "reviewProfileChange").getId();

        assertThatThrownBy(() -> reviews.reviewProfileChange(review, false, " ", "secretariat1"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsOnly(Map.entry("comment", "不承認の理由を入力してください。")));
        assertThat(requestRows.find(id).orElseThrow().status()).isEqualTo(MemberRequest.OPEN);
        assertThat(tasks.createTaskQuery().taskId(review).count()).isOne();

        reviews.reviewProfileChange(review, false, "概要が事業内容と一致しません。", "secretariat1");

        assertThat(content.get("members", key).revision()).isOne();
        MemberRequest row = requestRows.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo(MemberRequest.REJECTED);
        assertThat(row.decisionComment()).isEqualTo("概要が事業内容と一致しません。");
        assertEnded("change-" + id, "profileChangeRejected");
    }

    @Test
    void anInvalidChangeRequestIsRefused() {
        String key = admittedMember("chgbad");
        assertThatThrownBy(() -> requests.requestProfileChange(key, new MemberProfile("", null, List.of(), null, "ftp://x"), "m"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsKeys("summary", "url"));
        assertThatThrownBy(() -> requests.requestProfileChange("no-such-member", new MemberProfile("概要", null, List.of(), null, null), "m"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors()).containsKey("organization"));
    }

    @Test
    void withdrawalUnpublishesProfileAndSeedsErasesPersonalDataAndDisablesTheAccount() {
        String key = admittedMember("wd");
        long applicationId = Long.parseLong(key.substring("member-".length()));
        String loginId = applicationRows.find(applicationId).orElseThrow().application().loginId();
        String seed = key + "-drone";
        content.create("seeds", seed, Map.of("title", "ドローン点検", "member", key, "summary", "河川の点検",
                "body", "<p>詳細</p>"), null, "secretariat1");
        publication.publish("seeds", seed, null, "secretariat1");
        String draftSeed = key + "-draft";
        content.create("seeds", draftSeed, Map.of("title", "下書き", "member", key, "summary", "未公開",
                "body", "<p>詳細</p>"), null, "secretariat1");

        String talent = key + "-talent";
        content.create("talents", talent, Map.of("title", "点検の技術者", "member", key, "summary", "ドローン操縦者",
                "skills", java.util.List.of("ドローン")), null, "secretariat1");
        publication.publish("talents", talent, null, "secretariat1");

        long id = requests.requestWithdrawal(key, "事業縮小のため", "member-user");
        assertThatThrownBy(() -> requests.requestWithdrawal(key, null, "member-user"))
                .as("one withdrawal at a time").isInstanceOf(InputRefused.class);
        Task confirm = task("withdrawal-" + id, "confirmWithdrawal");
        assertThat(confirm.getFormKey()).isEqualTo("member-withdrawal-confirmation");
        reviews.confirmWithdrawal(confirm.getId(), true, "電話で意思を確認", "secretariat1");

        assertThat(content.get("members", key).publishedRevision()).isNull();
        assertThat(content.get("seeds", seed).publishedRevision()).isNull();
        assertThat(content.get("seeds", draftSeed).publishedRevision()).isNull();
        assertThat(content.get("talents", talent).publishedRevision()).as("人材情報 go off the site too").isNull();
        assertThat(organizations.contacts(key)).isEmpty();
        Organization org = organizations.findByKey(key).orElseThrow();
        assertThat(org.status()).isEqualTo("WITHDRAWN");
        assertThat(org.newsletterOptIn()).isFalse();
        Account account = accounts.findByUsername(loginId).orElseThrow();
        assertThat(account.enabled()).isFalse();
        assertThat(account.email()).isNull();
        assertThat(account.displayName()).isEqualTo("退会済み会員");
        MembershipApplication erased = applicationRows.find(applicationId).orElseThrow().application();
        assertThat(erased.contactEmail()).isNull();
        assertThat(erased.contactPhone()).isNull();
        assertThat(erased.contactName()).isEqualTo("（削除済み）");
        assertEnded("withdrawal-" + id, "memberWithdrawn");
        assertThatThrownBy(() -> requests.requestWithdrawal(key, null, "member-user"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors().get("organization"))
                        .contains("既に退会"));
    }

    @Test
    void withdrawalIsRefusedUntilTheIntentIsConfirmed() {
        String key = admittedMember("wdno");
        long id = requests.requestWithdrawal(key, null, "member-user");
        String confirm = task("withdrawal-" + id, "confirmWithdrawal").getId();

        assertThatThrownBy(() -> reviews.confirmWithdrawal(confirm, false, null, "secretariat1"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsOnly(Map.entry("intentConfirmed", "会員に退会の意思を確認してください。")));

        assertThat(tasks.createTaskQuery().taskId(confirm).count()).isOne();
        assertThat(requestRows.find(id).orElseThrow().status()).isEqualTo(MemberRequest.OPEN);
        assertThat(organizations.findByKey(key).orElseThrow().status()).isEqualTo("ACTIVE");
        assertThat(organizations.contacts(key)).hasSize(1);
        assertThat(content.get("members", key).publishedRevision()).isNotNull();
    }

    private String admittedMember(String prefix) {
        long id = applications.apply(MembershipFixtures.application(prefix));
        Task task = task(String.valueOf(id), "screenMembership");
        screening.complete(task.getId(), ScreeningDecision.approveAllChecked(), "secretariat1");
        return "member-" + id;
    }

    private Task task(String businessKey, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).processDefinitionKey("member-registration")
                .taskDefinitionKey(taskKey).singleResult();
    }

    private void assertEnded(String businessKey, String endEvent) {
        String process = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey("member-registration").finished().singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId(endEvent).count()).isOne();
    }
}
