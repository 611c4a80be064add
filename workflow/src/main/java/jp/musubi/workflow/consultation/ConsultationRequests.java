package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.site.SiteProperties;
import jp.musubi.workflow.membership.MembershipApplication;
import jp.musubi.workflow.membership.MembershipApplications;
import jp.musubi.workflow.membership.OrganizationKind;
import org.flowable.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DX相談の受付: checks a consultation request (from the web form, or recorded by staff when it came by
 * phone or mail), stores it with status {@value #RECEIVED} and starts its {@value #PROCESS} case
 * (business key = id) in the same transaction.
 */
@Service
public class ConsultationRequests {

    public static final String RECEIVED = "RECEIVED";
    public static final String PROCESS = "consultation-matching";
    /** How a consultation came in. */
    public static final Set<String> CHANNELS = Set.of("WEB", "PHONE", "MAIL");
    /** 会員 / 非会員で会員登録を希望 / 非会員. */
    public static final List<String> MEMBERSHIPS = List.of("MEMBER", "JOIN", "NONE");
    /** 県内に事業所あり / なし. */
    public static final List<String> OFFICES = List.of("IN", "OUT");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{6,20}");
    private static final Set<String> REQUESTER_KINDS = Arrays.stream(RequesterKind.values())
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());

    /** A stored request. */
    public record Stored(long id, String status, ConsultationRequest request) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RuntimeService runtime;
    private final ConsultationProperties properties;
    private final MembershipApplications memberships;
    private final SiteProperties site;

    ConsultationRequests(JdbcClient jdbc, Clock clock, RuntimeService runtime, ConsultationProperties properties,
                         MembershipApplications memberships, SiteProperties site) {
        this.memberships = memberships;
        this.site = site;
        this.jdbc = jdbc;
        this.clock = clock;
        this.runtime = runtime;
        this.properties = properties;
    }

    /**
     * @return the request's id
     * @throws InputRefused with a Japanese message per wrong field; nothing is stored
     */
    @Transactional
    public long receive(ConsultationRequest request) {
        return receive(request, null, null);
    }

    /**
     * From the web form, with the requester's answers on membership and office (each optional).
     *
     * @param membership one of {@link #MEMBERSHIPS} or null
     * @param office     one of {@link #OFFICES} or null
     */
    @Transactional
    public long receive(ConsultationRequest request, String membership, String office) {
        return store(request, "WEB", membership, office, null);
    }

    /**
     * 会員登録してDX相談: a non-member's consultation and membership application, stored together (membership
     * {@code JOIN}); the requester is the application's organization and contact. A refusal of either
     * stores neither.
     *
     * @return the request's id
     */
    @Transactional
    public long receiveWithRegistration(String topic, String body, String office, MembershipApplication application) {
        RequesterKind kind = application.kind() == OrganizationKind.COMPANY ? RequesterKind.COMPANY : RequesterKind.ORGANIZATION;
        long id = store(new ConsultationRequest(application.organizationName(), kind.name(), application.contactName(),
                application.contactEmail(), application.contactPhone(), topic, body), "WEB", "JOIN", office, null);
        memberships.apply(application);
        return id;
    }

    /** A consultation that came by phone or mail, recorded by staff ({@code channel} PHONE or MAIL). */
    @Transactional
    public long record(ConsultationRequest request, String channel, String membership, String office, String user) {
        if (!"PHONE".equals(channel) && !"MAIL".equals(channel)) {
            throw InputRefused.of("channel", TEXTS.get("consultation.channel.choose"));
        }
        return store(request, channel, membership, office, user);
    }

    private long store(ConsultationRequest request, String channel, String membership, String office, String user) {
        ConsultationRequest checked = check(request == null
                ? new ConsultationRequest(null, null, null, null, null, null, null) : request, membership, office);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO consultation_request (status, organization, requester_kind, contact_name, email, phone,
                    topic, body, received_at, channel, membership, office, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(RECEIVED, checked.organization(), checked.requesterKind(), checked.contactName(), checked.email(),
                        checked.phone(), checked.topic(), checked.body(), Timestamp.from(clock.instant()), channel,
                        blankToNull(membership), blankToNull(office), user)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        Map<String, Object> variables = new HashMap<>();
        variables.put("consultationId", id);
        variables.put("topic", checked.topic());
        variables.put("followUpTimer", "P" + properties.followUpBusinessDays() + "D");
        variables.put("secondFollowUpTimer", "P" + properties.secondFollowUpBusinessDays() + "D");
        variables.put("effectTimer", "P" + properties.effectBusinessDays() + "D");
        String instance = runtime.startProcessInstanceByKey(PROCESS, String.valueOf(id), variables).getId();
        jdbc.sql("UPDATE consultation_request SET process_instance_id = ? WHERE id = ?").params(instance, id).update();
        return id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
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

    private ConsultationRequest check(ConsultationRequest in, String membership, String office) {
        InputChecks checks = new InputChecks();
        if (blankToNull(membership) != null && !MEMBERSHIPS.contains(membership)) {
            checks.add("membership", TEXTS.get("consultation.membership.choose"));
        }
        if (blankToNull(office) != null && !OFFICES.contains(office)) {
            checks.add("office", TEXTS.get("consultation.office.choose"));
        }
        String organization = checks.required("organization", TEXTS.get("consultation.field.organization", site.localGovernmentTerm()), in.organization(), 200);
        String kind = checks.choice("requesterKind", TEXTS.get("consultation.field.requesterKind"), in.requesterKind(), REQUESTER_KINDS);
        String name = checks.required("contactName", TEXTS.get("consultation.field.contactName"), in.contactName(), 100);
        String email = checks.email("email", in.email());
        String phone = checks.optional("phone", TEXTS.get("consultation.field.phone"), in.phone(), 20);
        checks.matches("phone", phone, PHONE, TEXTS.get("consultation.phone.format", site.phoneExample()));
        String topic = checks.required("topic", TEXTS.get("consultation.field.topic"), in.topic(), 200);
        checks.singleLine("topic", TEXTS.get("consultation.field.topic"), topic);
        String body = checks.required("body", TEXTS.get("consultation.field.body"), in.body(), 4000);
        checks.throwIfAny();
        return new ConsultationRequest(organization, kind, name, email, phone, topic, body);
    }
}
