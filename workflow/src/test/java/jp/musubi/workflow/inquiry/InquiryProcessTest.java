package jp.musubi.workflow.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of {@code inquiry}: answered directly, answered after consulting the prefecture, refused input. */
@WorkflowSpringBootTest
class InquiryProcessTest {

    @Autowired
    Inquiries inquiries;

    @Autowired
    InquiryTasks steps;

    @Autowired
    InquiryRepository rows;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecretariatAnswersDirectlyAndTheReplyIsMailed() {
        InquiryForm form = form();
        long id = inquiries.receive(form);
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(Inquiry.RECEIVED);

        Task triage = task(id, "triageInquiry");
        assertThat(triage.getName()).isEqualTo("振り分け");
        assertThat(triage.getFormKey()).isEqualTo("inquiry-triage");
        assertThat(tasks.createTaskQuery().taskId(triage.getId()).taskCandidateGroup("SECRETARIAT").count()).isOne();
        steps.triage(triage.getId(), false, null, "secretariat1");
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(Inquiry.ANSWERING);

        Task reply = task(id, "writeReply");
        assertThat(reply.getFormKey()).isEqualTo("inquiry-reply");
        steps.reply(reply.getId(), "会員登録は無料です。", "secretariat1");

        Inquiry closed = rows.find(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(Inquiry.CLOSED);
        assertThat(closed.consultPrefecture()).isFalse();
        assertThat(closed.repliedBy()).isEqualTo("secretariat1");
        assertThat(mails(form.email())).singleElement().satisfies(mail -> {
            assertThat(mail.get("id")).isEqualTo(closed.replyMailId());
            assertThat(mail.get("kind")).isEqualTo("inquiry-reply");
            assertThat(mail.get("subject").toString()).contains(form.subject());
            assertThat(mail.get("text_body").toString()).contains("会員登録は無料です。").contains("> 会員登録の費用");
        });
        assertEnded(id);
        assertThat(visits(id, "consultPrefecture")).isZero();
    }

    @Test
    void theSecretariatConsultsThePrefectureBeforeReplying() {
        InquiryForm form = form();
        long id = inquiries.receive(form);
        steps.triage(task(id, "triageInquiry").getId(), true, "県の補助金の対象になりますか。", "secretariat1");
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(Inquiry.CONSULTING);

        Task consult = task(id, "consultPrefecture");
        assertThat(consult.getName()).isEqualTo("県への確認");
        assertThat(consult.getFormKey()).isEqualTo("inquiry-prefecture-check");
        assertThat(tasks.createTaskQuery().taskId(consult.getId()).taskCandidateGroup("PREF_STAFF").count()).isOne();
        assertThat(tasks.createTaskQuery().taskId(consult.getId()).taskCandidateGroup("SECRETARIAT").count()).isZero();
        steps.answerForSecretariat(consult.getId(), "対象外です。別事業をご案内ください。", "pref1");
        assertThat(mails(form.email())).as("the prefecture's answer is not mailed").isEmpty();

        Inquiry answering = rows.find(id).orElseThrow();
        assertThat(answering.status()).isEqualTo(Inquiry.ANSWERING);
        assertThat(answering.prefectureQuestion()).isEqualTo("県の補助金の対象になりますか。");
        assertThat(answering.prefectureAnswer()).isEqualTo("対象外です。別事業をご案内ください。");
        assertThat(answering.answeredBy()).isEqualTo("pref1");

        steps.reply(task(id, "writeReply").getId(), "県の別事業をご案内します。", "secretariat1");

        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(Inquiry.CLOSED);
        assertThat(mails(form.email())).singleElement()
                .satisfies(mail -> assertThat(mail.get("text_body").toString()).contains("県の別事業をご案内します。"));
        assertEnded(id);
        assertThat(visits(id, "consultPrefecture")).isOne();
    }

    @Test
    void anInvalidInquiryIsRefusedWithJapaneseMessagesAndNothingIsStored() {
        long before = jdbc.sql("SELECT COUNT(*) FROM inquiry").query(Long.class).single();
        long processes = runtime.createProcessInstanceQuery().processDefinitionKey("inquiry").count();

        assertThatThrownBy(() -> inquiries.receive(new InquiryForm(" ", "taro@@example.jp", null, "件名\n2行目", "")))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsEntry("name", "お名前を入力してください。")
                        .containsEntry("subject", "件名は1行で入力してください。")
                        .containsEntry("body", "お問い合わせ内容を入力してください。")
                        .containsKey("email")
                        .doesNotContainKey("organization"));
        assertThatThrownBy(() -> inquiries.receive(new InquiryForm("山田", "yamada@example.jp", null, "件名", "あ".repeat(4001))))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsOnly(Map.entry("body", "お問い合わせ内容は4000文字以内で入力してください。")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiry").query(Long.class).single()).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("inquiry").count()).isEqualTo(processes);
    }

    @Test
    void incompleteStepsAreRefusedAndChangeNothing() {
        InquiryForm form = form();
        long id = inquiries.receive(form);
        String triage = task(id, "triageInquiry").getId();

        assertThatThrownBy(() -> steps.triage(triage, null, null, "secretariat1"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors()).containsKey("consultPrefecture"));
        assertThatThrownBy(() -> steps.triage(triage, true, " ", "secretariat1"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsOnly(Map.entry("question", "県への確認事項を入力してください。")));
        assertThatThrownBy(() -> steps.reply(triage, "回答", "secretariat1"))
                .as("a task of another step").isInstanceOfSatisfying(InputRefused.class,
                        e -> assertThat(e.errors()).containsKey("task"));
        assertThat(tasks.createTaskQuery().taskId(triage).count()).isOne();
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(Inquiry.RECEIVED);

        steps.triage(triage, true, "確認事項", "secretariat1");
        String consult = task(id, "consultPrefecture").getId();
        assertThatThrownBy(() -> steps.answerForSecretariat(consult, "", "pref1"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors()).containsKey("answer"));
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(Inquiry.CONSULTING);
        steps.answerForSecretariat(consult, "見解", "pref1");

        String reply = task(id, "writeReply").getId();
        assertThatThrownBy(() -> steps.reply(reply, "  ", "secretariat1"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsOnly(Map.entry("reply", "回答を入力してください。")));
        assertThat(tasks.createTaskQuery().taskId(reply).count()).isOne();
        assertThat(rows.find(id).orElseThrow().reply()).isNull();
        assertThat(mails(form.email())).isEmpty();
    }

    private static InquiryForm form() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new InquiryForm("佐藤 花子", "hanako-" + unique + "@example.jp", "株式会社サンプル",
                "会員登録について " + unique, "会員登録の費用はかかりますか。\n教えてください。");
    }

    private List<Map<String, Object>> mails(String recipient) {
        return jdbc.sql("SELECT id, kind, subject, text_body FROM mail_outbox WHERE recipient = ? ORDER BY id")
                .param(recipient).query().listOfRows();
    }

    private Task task(long id, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).processDefinitionKey("inquiry")
                .taskDefinitionKey(key).singleResult();
    }

    private long visits(long id, String activity) {
        String process = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .processDefinitionKey("inquiry").singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId(activity).count();
    }

    private void assertEnded(long id) {
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("inquiry").processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
        assertThat(visits(id, "inquiryClosed")).isOne();
    }
}
