package jp.musubi.webapp.event;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.account.AccountService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Published events with applications for the tests, and their removal afterwards (the webapp's tests share one
 * database whose demo content other tests count).
 */
@Component
public class EventFixtures {

    private static final Pattern PERSONAL_LINK = Pattern.compile("/events/applications/([A-Za-z0-9_-]{43})");
    private static final Pattern CODE = Pattern.compile("受付コード：([A-Z0-9]{4}-[A-Z0-9]{4})");

    private final ContentService content;
    private final PublicationService publication;
    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final List<String> created = new ArrayList<>();

    EventFixtures(ContentService content, PublicationService publication, JdbcClient jdbc, AccountService accounts) {
        this.content = content;
        this.publication = publication;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A demo account as logged in (the layout shows its display name). */
    public UserDetails account(String username) {
        return accounts.loadUserByUsername(username);
    }

    /** A published kickoff {@code days} days from now (10:00–12:00 Tokyo), open for applications. */
    public String event(String title, int capacity, int days, LocalDate deadline) {
        return event(title, capacity, days, deadline, true);
    }

    /** As {@link #event(String, int, int, LocalDate)}, with 申込受付中 as given. */
    public String event(String title, int capacity, int days, LocalDate deadline, boolean open) {
        return event(title, "kickoff", capacity, days, deadline, open);
    }

    /** As {@link #event(String, int, int, LocalDate)}, of the given type (the programme's kind of event). */
    public String event(String title, String eventType, int capacity, int days, LocalDate deadline, boolean open) {
        String name = "test-event-" + Long.toString(System.nanoTime(), 36);
        LocalDateTime start = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(days).atTime(10, 0);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", title);
        properties.put("eventType", eventType);
        properties.put("startAt", start.toString());
        properties.put("endAt", start.plusHours(2).toString());
        properties.put("venue", "栃木県庁 東館4階講堂");
        properties.put("online", false);
        properties.put("capacity", (long) capacity);
        properties.put("applicationOpen", open);
        if (deadline != null) {
            properties.put("applicationDeadline", deadline.toString());
        }
        properties.put("body", "<p>テスト用のイベントです。</p>");
        content.create("events", name, properties, "テスト", "secretariat");
        publication.publish("events", name, null, "pref");
        created.add(name);
        return name;
    }

    /** Saves the event's settings as the secretariat would (fields and values as the settings form sends them). */
    public MockHttpServletResponse settings(MockMvc mvc, String event, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/events/" + event + "/settings")
                .with(user(account("secretariat"))).with(csrf());
        form.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Sends the application form's last step, as the confirmation page does, from the given client address. */
    public static MockHttpServletResponse apply(MockMvc mvc, String event, Map<String, String> values, String address)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/events/" + event + "/apply/submit").with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        values.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    public static Map<String, String> applicant(String name, String email) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("organization", "株式会社テスト");
        values.put("email", email);
        values.put("privacyConsent", "yes");
        return values;
    }

    /** The mails queued to one address, oldest first: subject and text. */
    public List<Map<String, Object>> mailsTo(String address) {
        return jdbc.sql("SELECT id, kind, subject, text_body FROM mail_outbox WHERE recipient = ? ORDER BY id")
                .param(address).query().listOfRows();
    }

    public List<Map<String, Object>> attachmentsOf(long outboxId) {
        return jdbc.sql("SELECT filename, content_type, content FROM mail_outbox_attachment WHERE outbox_id = ? ORDER BY position")
                .param(outboxId).query().listOfRows();
    }

    public static String token(String mailText) {
        Matcher matcher = PERSONAL_LINK.matcher(mailText);
        return matcher.find() ? matcher.group(1) : null;
    }

    public static String code(String mailText) {
        Matcher matcher = CODE.matcher(mailText);
        return matcher.find() ? matcher.group(1) : null;
    }

    public long applications(String event) {
        return jdbc.sql("SELECT COUNT(*) FROM event_application WHERE event_name = ?").param(event).query(Long.class).single();
    }

    public long withStatus(String event, String status) {
        return jdbc.sql("SELECT COUNT(*) FROM event_application WHERE event_name = ? AND status = ?").params(event, status)
                .query(Long.class).single();
    }

    public void removeAll() {
        for (String name : created) {
            jdbc.sql("DELETE FROM event_application_answer WHERE application_id IN (SELECT id FROM event_application"
                    + " WHERE event_name = ?)").param(name).update();
            jdbc.sql("DELETE FROM event_application WHERE event_name = ?").param(name).update();
            jdbc.sql("DELETE FROM event_setting WHERE event_name = ?").param(name).update();
            content.find("events", name).ifPresent(item -> {
                if (item.publishedRevision() != null) {
                    publication.unpublish("events", name, "pref");
                }
                content.delete("events", name, "secretariat");
            });
        }
        created.clear();
    }
}
