package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
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
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{6,20}");
    private static final Set<String> REQUESTER_KINDS = Arrays.stream(RequesterKind.values())
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());

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
     * @throws InputRefused with a Japanese message per wrong field; nothing is stored
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
        InputChecks checks = new InputChecks();
        String organization = checks.required("organization", TEXTS.get("consultation.field.organization"), in.organization(), 200);
        String kind = checks.choice("requesterKind", TEXTS.get("consultation.field.requesterKind"), in.requesterKind(), REQUESTER_KINDS);
        String name = checks.required("contactName", TEXTS.get("consultation.field.contactName"), in.contactName(), 100);
        String email = checks.email("email", in.email());
        String phone = checks.optional("phone", TEXTS.get("consultation.field.phone"), in.phone(), 20);
        checks.matches("phone", phone, PHONE, TEXTS.get("consultation.phone.format"));
        String topic = checks.required("topic", TEXTS.get("consultation.field.topic"), in.topic(), 200);
        checks.singleLine("topic", TEXTS.get("consultation.field.topic"), topic);
        String body = checks.required("body", TEXTS.get("consultation.field.body"), in.body(), 4000);
        checks.throwIfAny();
        return new ConsultationRequest(organization, kind, name, email, phone, topic, body);
    }
}
