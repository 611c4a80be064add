package jp.musubi.webapp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.inquiry.Inquiries;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public forms: confirmation, completion, errors that keep what was typed, honeypot and rate limit. */
@MusubiSpringBootTest
class SiteFormsTest {

    /** Each test sends from its own address, so the per-address rate limit of one test never meets another's. */
    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Test
    void anInquiryGoesThroughConfirmationToCompletionAndStartsTheProcess() throws Exception {
        String address = nextAddress();
        String subject = "フォームのテスト " + System.nanoTime();
        Map<String, String> values = inquiry(subject);

        MockHttpServletResponse confirm = send("/contact/confirm", values, address);
        assertThat(confirm.getStatus()).isEqualTo(200);
        assertThat(confirm.getContentAsString()).contains("（確認）").contains(subject).contains("送信する")
                .contains("修正する");
        assertThat(countInquiries(subject)).isZero();

        MockHttpServletResponse edit = send("/contact/edit", values, address);
        assertThat(edit.getContentAsString()).contains("value=\"" + subject + "\"").contains("入力内容を確認する");

        MockHttpServletResponse sent = send("/contact/submit", values, address);
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo("/contact/done");
        assertThat(countInquiries(subject)).isEqualTo(1);
        long inquiryId = jdbc.sql("SELECT id FROM inquiry WHERE subject = ?").param(subject).query(Long.class).single();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Inquiries.PROCESS)
                .processInstanceBusinessKey(String.valueOf(inquiryId)).count()).isEqualTo(1);

        // The completion page needs the send: reached directly, it leads back to the form.
        assertThat(mvc.perform(get("/contact/done")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/contact");
    }

    @Test
    void errorsAreListedLinkedToTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        String address = nextAddress();
        Map<String, String> values = inquiry("件名はそのまま");
        values.put("email", "not-an-address");
        values.put("name", "");

        MockHttpServletResponse confirm = send("/contact/confirm", values, address);
        assertThat(confirm.getStatus()).isEqualTo(400);
        String html = confirm.getContentAsString();
        assertThat(html).contains("【入力エラー】").contains("入力内容を確認してください")
                .contains("href=\"#field-name\"").contains("お名前を入力してください。")
                .contains("href=\"#field-email\"")
                .contains("aria-describedby=\"field-email-hint field-email-error\"")
                .contains("value=\"件名はそのまま\"").contains("value=\"not-an-address\"")
                .contains("お問い合わせの本文です。");

        // A forged submit without the confirmation step is checked the same way, and nothing is stored.
        MockHttpServletResponse submit = send("/contact/submit", values, address);
        assertThat(submit.getStatus()).isEqualTo(400);
        assertThat(countInquiries("件名はそのまま")).isZero();

        MockHttpServletResponse tooLong = send("/consultation/confirm", Map.of("organization", "あ".repeat(201)), address);
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("200文字以内で入力してください。")
                .contains("ご相談者の区分を選んでください。");
    }

    @Test
    void aFilledHoneypotIsThankedButNothingIsStored() throws Exception {
        String subject = "ボットの送信 " + System.nanoTime();
        Map<String, String> values = inquiry(subject);
        values.put("homepage", "http://spam.example.com/");

        MockHttpServletResponse sent = send("/contact/submit", values, nextAddress());
        assertThat(sent.getRedirectedUrl()).isEqualTo("/contact/done");
        assertThat(countInquiries(subject)).isZero();
    }

    @Test
    void tooManySendsFromOneAddressAreRefusedWithTheValuesKept() throws Exception {
        String address = nextAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(send("/consultation/submit", consultation("相談 " + i), address).getStatus()).isEqualTo(302);
        }
        MockHttpServletResponse refused = send("/consultation/submit", consultation("六件目の相談"), address);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("しばらく時間をおいてから").contains("value=\"六件目の相談\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation_request WHERE topic = '六件目の相談'")
                .query(Long.class).single()).isZero();
        // Another address is not affected.
        assertThat(send("/consultation/submit", consultation("別の相談者"), nextAddress()).getStatus()).isEqualTo(302);
    }

    @Test
    void aConsultationRequestIsStoredForTheConsultationProcess() throws Exception {
        String topic = "窓口業務のデジタル化 " + System.nanoTime();
        assertThat(send("/consultation/submit", consultation(topic), nextAddress()).getRedirectedUrl())
                .isEqualTo("/consultation/done");
        Map<String, Object> row = jdbc.sql("SELECT status, requester_kind, email FROM consultation_request WHERE topic = ?")
                .param(topic).query().singleRow();
        assertThat(row).containsEntry("STATUS", "RECEIVED").containsEntry("REQUESTER_KIND", "MUNICIPALITY")
                .containsEntry("EMAIL", "kikaku@city.example.jp");
    }

    @Test
    void aMembershipApplicationRefusedByTheServiceKeepsEveryValue() throws Exception {
        Map<String, String> values = new LinkedHashMap<>(membership("taken-id"));
        values.put("loginId", "member");  // the demo member's login ID is taken
        MockHttpServletResponse response = send("/join/submit", values, nextAddress());
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("ログインID「member」は既に使われています。")
                .contains("href=\"#field-loginId\"").contains("value=\"株式会社テスト電機\"")
                .contains("value=\"028-000-0000\"");
    }

    /** Issue 21, item 19: 「abc」 is no telephone number, on the confirmation step already and at the service. */
    @Test
    void aPhoneNumberMustBeAJapaneseOne() throws Exception {
        String address = nextAddress();
        Map<String, String> join = new LinkedHashMap<>(membership("phone-check"));
        join.put("contactPhone", "abc");
        for (String step : new String[]{"/join/confirm", "/join/submit"}) {
            MockHttpServletResponse refused = send(step, join, address);
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("href=\"#field-contactPhone\"")
                    .contains("は半角数字とハイフンで入力してください（例：028-000-0000、+81-28-000-0000）。");
        }
        Map<String, String> consultation = consultation("電話番号の確認");
        consultation.put("phone", "abc");
        MockHttpServletResponse refused = send("/consultation/confirm", consultation, address);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("href=\"#field-phone\"");

        join.put("contactPhone", "+81-28-000-0000");
        assertThat(send("/join/confirm", join, address).getStatus()).isEqualTo(200);
    }

    /** Whether a login ID is taken is only told within the per-address rate limit: no bulk probing. */
    @Test
    void probingForTakenLoginIdsIsRateLimited() throws Exception {
        String address = nextAddress();
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse told = send("/join/submit", membership("member"), address);
            assertThat(told.getStatus()).isEqualTo(400);
            assertThat(told.getContentAsString()).contains("ログインID「member」は既に使われています。");
        }
        MockHttpServletResponse refused = send("/join/submit", membership("member"), address);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).doesNotContain("既に使われています").contains("しばらく時間をおいてから");
    }

    @Test
    void theInquiryFormTakesASubjectFromAnEventPage() throws Exception {
        String html = mvc.perform(get("/contact").param("subject", "イベント参加申込み：ワークショップ"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"イベント参加申込み：ワークショップ\"").contains("name=\"homepage\"");
    }

    @Test
    void aVisitorWhoWantsToProposeIsLedToRegisterWhileProposing() throws Exception {
        String issue = mvc.perform(get("/issues/nasushiobara-water-pipe-aging")).andReturn().getResponse()
                .getContentAsString();
        assertThat(issue).contains("href=\"/propose?issue=nasushiobara-water-pipe-aging\"")
                .doesNotContain("href=\"/join?issue=");
        // An older link to /join?issue=… says where proposing while registering is.
        String join = mvc.perform(get("/join").param("issue", "nasushiobara-water-pipe-aging")).andReturn().getResponse()
                .getContentAsString();
        assertThat(join).contains("に会員登録と同時に提案するときは、課題のページの「会員登録して提案する」からお申し込みください。");
    }

    static Map<String, String> membership(String loginId) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("organizationName", "株式会社テスト電機");
        values.put("kind", "COMPANY");
        values.put("summary", "センサーとデータ分析で地域の課題に取り組みます。");
        values.put("fields", "防災、農業");
        values.put("city", "宇都宮市");
        values.put("contactName", "試験 太郎");
        values.put("contactEmail", "taro@test-denki.example.jp");
        values.put("contactPhone", "028-000-0000");
        values.put("loginId", loginId);
        values.put("agreement", "yes");
        return values;
    }

    private static Map<String, String> inquiry(String subject) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", "問合 花子");
        values.put("email", "hanako@example.jp");
        values.put("organization", "");
        values.put("subject", subject);
        values.put("body", "お問い合わせの本文です。");
        values.put("privacyConsent", "yes");
        return values;
    }

    private static Map<String, String> consultation(String topic) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("organization", "テスト市");
        values.put("requesterKind", "MUNICIPALITY");
        values.put("contactName", "相談 一郎");
        values.put("email", "kikaku@city.example.jp");
        values.put("phone", "028-000-1111");
        values.put("topic", topic);
        values.put("body", "紙の申請書の転記を減らしたい。");
        values.put("privacyConsent", "yes");
        return values;
    }

    private MockHttpServletResponse send(String path, Map<String, String> values, String address) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        for (Map.Entry<String, String> entry : values.entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private long countInquiries(String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM inquiry WHERE subject = ?").param(subject).query(Long.class).single();
    }

    private static String nextAddress() {
        return "10.0.0." + ADDRESS.incrementAndGet();
    }
}
