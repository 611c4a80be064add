package jp.musubi.webapp.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 16: a non-member is offered registration with the consultation — {@code /consultation} links to
 * {@code /consultation-join}, which stores the consultation (会員登録を希望) and the membership application
 * together, or neither.
 */
@MusubiSpringBootTest
class ConsultationRegistrationFormTest {

    /** Own addresses, apart from the other form tests', so the per-address rate limits never meet. */
    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theConsultationFormLeadsANonMemberToTheCombinedForm() throws Exception {
        String consultation = body(mvc.perform(get("/consultation")).andReturn().getResponse());
        assertThat(consultation).contains("会員でない企業・団体の方は、会員登録もあわせて申し込めます")
                .contains("href=\"/consultation-join\"");
        MockHttpServletResponse form = mvc.perform(get("/consultation-join")).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(body(form)).contains("会員登録してDX相談する").contains("name=\"topic\"").contains("name=\"loginId\"")
                .contains("name=\"office\"").contains("href=\"/consultation\"");
    }

    @Test
    void aNonMemberConsultsAndAppliesAndBothAreStored() throws Exception {
        String loginId = loginId();
        String topic = "受発注の電子化を相談したい " + loginId;
        MockHttpServletResponse confirm = send("/consultation-join/confirm", values(loginId, topic));
        assertThat(confirm.getStatus()).isEqualTo(200);
        assertThat(body(confirm)).contains(topic).contains("送信する");
        assertThat(consultations(topic)).isZero();

        MockHttpServletResponse sent = send("/consultation-join/submit", values(loginId, topic));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/consultation-join/done");
        Map<String, Object> row = jdbc.sql("SELECT organization, membership, office, requester_kind, email, process_instance_id "
                + "FROM consultation_request WHERE topic = ?").param(topic).query().singleRow();
        assertThat(row).containsEntry("ORGANIZATION", "株式会社くまもと受発注").containsEntry("MEMBERSHIP", "JOIN")
                .containsEntry("OFFICE", "IN").containsEntry("REQUESTER_KIND", "COMPANY")
                .containsEntry("EMAIL", "jyuhacchu@kumamoto-jh.example.jp");
        assertThat(row.get("PROCESS_INSTANCE_ID")).as("the consultation case started").isNotNull();
        assertThat(applications(loginId)).isOne();
    }

    @Test
    void aRefusedApplicationStoresNeither() throws Exception {
        String topic = "ログインIDが重複する相談 " + UUID.randomUUID();
        // "member" is a demo account's login ID: the application is refused, so the consultation is not kept either.
        MockHttpServletResponse refused = send("/consultation-join/submit", values("member", topic));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("入力内容を確認してください").contains("value=\"" + topic + "\"");
        assertThat(consultations(topic)).isZero();

        Map<String, String> noTopic = values(loginId(), "");
        MockHttpServletResponse missing = send("/consultation-join/submit", noTopic);
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(applications(noTopic.get("loginId"))).isZero();
    }

    private static Map<String, String> values(String loginId, String topic) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("office", "IN");
        values.put("topic", topic);
        values.put("body", "紙の注文書をやめて、受発注を電子化したい。");
        values.put("organizationName", "株式会社くまもと受発注");
        values.put("kind", "COMPANY");
        values.put("summary", "部品の受発注を仲介しています。");
        values.put("contactName", "受発注 次郎");
        values.put("contactEmail", "jyuhacchu@kumamoto-jh.example.jp");
        values.put("contactPhone", "096-000-1234");
        values.put("loginId", loginId);
        values.put("agreement", "yes");
        return values;
    }

    private static String loginId() {
        return "cj-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long consultations(String topic) {
        return jdbc.sql("SELECT COUNT(*) FROM consultation_request WHERE topic = ?").param(topic).query(Long.class).single();
    }

    private long applications(String loginId) {
        return jdbc.sql("SELECT COUNT(*) FROM membership_application WHERE login_id = ?").param(loginId)
                .query(Long.class).single();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse send(String path, Map<String, String> values) throws Exception {
        String address = "10.16.0." + ADDRESS.incrementAndGet();
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        for (Map.Entry<String, String> entry : values.entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
