package jp.musubi.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationReview;
import jp.musubi.cms.publication.PublicationReviews;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the CMS (the editor's form) learns of the approvals through {@link PublicationReviews}. */
@WorkflowSpringBootTest
class RecordedPublicationReviewsTest {

    private static final String WS = "articles";
    private static final String EDITOR = "editor-sato";
    private static final String APPROVER = "pref-suzuki";

    @Autowired PublicationReviews reviews;
    @Autowired ContentService content;
    @Autowired PublicationService publication;
    @Autowired PublicationApprovalService approvals;
    @Autowired TaskService tasks;

    @Test
    void anItemNeverSubmittedHasNoReview() {
        assertThat(reviews.latest(WS, article())).isEmpty();
    }

    @Test
    void theLatestRequestIsOpenThenRejectedWithTheApproversComment() {
        String name = article();
        publication.submit(WS, name, "公開をお願いします", null, false, EDITOR);

        PublicationReview open = reviews.latest(WS, name).orElseThrow();
        assertThat(open.revision()).isEqualTo(1);
        assertThat(open.unpublish()).isFalse();
        assertThat(open.submittedBy()).isEqualTo(EDITOR);
        assertThat(open.submittedAt()).isNotNull();
        assertThat(open.decision()).isNull();
        assertThat(open.rejected()).isFalse();

        approvals.reject(approvalTask(name).getId(), APPROVER, "写真の出典を記載してください");

        PublicationReview rejected = reviews.latest(WS, name).orElseThrow();
        assertThat(rejected.decision()).isEqualTo(PublicationReview.Decision.REJECTED);
        assertThat(rejected.rejected()).isTrue();
        assertThat(rejected.decidedBy()).isEqualTo(APPROVER);
        assertThat(rejected.decidedAt()).isNotNull();
        assertThat(rejected.decisionComment()).isEqualTo("写真の出典を記載してください");
    }

    @Test
    void aResubmissionIsTheLatestAgainAndAnApprovalIsNoRejection() {
        String name = article();
        publication.submit(WS, name, "公開をお願いします", null, false, EDITOR);
        approvals.reject(approvalTask(name).getId(), APPROVER, "見出しを直してください");
        content.update(WS, name, content.get(WS, name).version(), properties(name, "<p>直しました。</p>"), "見出し修正",
                EDITOR);
        publication.submit(WS, name, "直しました", null, false, EDITOR);

        assertThat(reviews.latest(WS, name).orElseThrow().revision()).isEqualTo(2);
        assertThat(reviews.latest(WS, name).orElseThrow().decision()).isNull();

        approvals.approve(approvalTask(name).getId(), APPROVER, null);

        PublicationReview approved = reviews.latest(WS, name).orElseThrow();
        assertThat(approved.decision()).isEqualTo(PublicationReview.Decision.APPROVED);
        assertThat(approved.rejected()).isFalse();
    }

    private String article() {
        String name = "review-" + UUID.randomUUID().toString().substring(0, 8);
        content.create(WS, name, properties(name, "<p>県内企業の事例です。</p>"), "初稿", EDITOR);
        return name;
    }

    private static Map<String, Object> properties(String name, String body) {
        return Map.of("title", "県内DX事例 " + name, "category", "dx-case", "body", body, "newsletter", false);
    }

    private Task approvalTask(String name) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(WS + "/" + name)
                .taskDefinitionKey("approvePublication").singleResult();
        assertThat(task).as("open approval of %s", name).isNotNull();
        return task;
    }
}
