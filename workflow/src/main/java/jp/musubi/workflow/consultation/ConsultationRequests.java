package jp.musubi.workflow.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.musubi.cms.mail.address.EmailAddressPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DX相談の受付: checks a consultation request from the web form and stores it with status
 * {@value #RECEIVED}, where the consultation process (not modelled yet) takes it up.
 */
@Service
public class ConsultationRequests {

    public static final String RECEIVED = "RECEIVED";
    private static final String PHONE = "[0-9+\\-() ]{6,20}";

    /** A stored request. */
    public record Stored(long id, String status, ConsultationRequest request) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsultationRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @return the request's id
     * @throws ConsultationInputException with a Japanese message per wrong field; nothing is stored
     */
    @Transactional
    public long receive(ConsultationRequest request) {
        ConsultationRequest checked = check(request == null
                ? new ConsultationRequest(null, null, null, null, null, null, null) : request);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO consultation_request (status, organization, requester_kind, contact_name, email, phone,
                    topic, body, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(RECEIVED, checked.organization(), checked.requesterKind(), checked.contactName(), checked.email(),
                        checked.phone(), checked.topic(), checked.body(), Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @Transactional(readOnly = true)
    public Optional<Stored> find(long id) {
        return jdbc.sql("""
                SELECT id, status, organization, requester_kind, contact_name, email, phone, topic, body
                FROM consultation_request WHERE id = ?""").param(id)
                .query((rs, row) -> new Stored(rs.getLong("id"), rs.getString("status"), new ConsultationRequest(
                        rs.getString("organization"), rs.getString("requester_kind"), rs.getString("contact_name"),
                        rs.getString("email"), rs.getString("phone"), rs.getString("topic"), rs.getString("body"))))
                .optional();
    }

    private static ConsultationRequest check(ConsultationRequest in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String organization = text(errors, "organization", "組織名（市町名・会社名など）", in.organization(), 200, true);
        String kind = in.requesterKind() == null ? null : in.requesterKind().strip();
        if (kind == null || kind.isEmpty()) {
            errors.put("requesterKind", "ご相談者の区分を選んでください。");
        } else if (java.util.Arrays.stream(RequesterKind.values()).noneMatch(k -> k.name().equals(kind))) {
            errors.put("requesterKind", "ご相談者の区分は一覧から選んでください。");
        }
        String name = text(errors, "contactName", "ご担当者名", in.contactName(), 100, true);
        String email = text(errors, "email", "メールアドレス", in.email(), 254, true);
        if (email != null && !errors.containsKey("email")) {
            EmailAddressPolicy.check(email).ifPresent(problem -> errors.put("email", problem.message()));
        }
        String phone = text(errors, "phone", "電話番号", in.phone(), 20, false);
        if (phone != null && !errors.containsKey("phone") && !phone.matches(PHONE)) {
            errors.put("phone", "電話番号は半角数字とハイフンで入力してください（例：028-000-0000）。");
        }
        String topic = text(errors, "topic", "ご相談のテーマ", in.topic(), 200, true);
        if (topic != null && topic.lines().count() > 1) {
            errors.putIfAbsent("topic", "ご相談のテーマは1行で入力してください。");
        }
        String body = text(errors, "body", "ご相談の内容", in.body(), 4000, true);
        if (!errors.isEmpty()) {
            throw new ConsultationInputException(errors);
        }
        return new ConsultationRequest(organization, kind, name, email, phone, topic, body);
    }

    private static String text(Map<String, String> errors, String field, String label, String value, int max,
                               boolean required) {
        String cleaned = value == null || value.isBlank() ? null : value.strip();
        if (cleaned == null && required) {
            errors.put(field, label + "を入力してください。");
        } else if (cleaned != null && cleaned.codePointCount(0, cleaned.length()) > max) {
            errors.put(field, label + "は" + max + "文字以内で入力してください。");
        }
        return cleaned;
    }
}
