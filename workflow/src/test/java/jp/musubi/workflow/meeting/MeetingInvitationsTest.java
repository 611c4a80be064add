package jp.musubi.workflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.mail.MailOutboxProperties;
import jp.musubi.cms.mail.OutboxSender;
import jp.musubi.cms.mail.OutboxStore;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.NewIssue;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Invitations, updates and cancellations as the participants receive them: each mail delivered by the outbox's
 * sender to a real SMTP server (GreenMail), its .ics read back with ical4j.
 */
@WorkflowSpringBootTest
class MeetingInvitationsTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MeetingSchedule schedule;
    @Autowired
    AccountService accounts;
    @Autowired
    IssueCases issueCases;
    @Autowired
    ContentService content;
    @Autowired
    OutboxStore outboxStore;
    @Autowired
    MailOutboxProperties mailProperties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;

    private String muni;
    private String member;
    private String rival;
    private String outsider;
    private long caseId;

    @BeforeEach
    void setUp() {
        String n = UUID.randomUUID().toString().substring(0, 8);
        muni = account("mt-muni-" + n, "宇都 市子", Role.MUNICIPAL_STAFF, null, "utsunomiya");
        member = account("mt-member-" + n, "那須 提案", Role.MEMBER, "org-a-" + n, null);
        rival = account("mt-rival-" + n, "鹿沼 競合", Role.MEMBER, "org-b-" + n, null);
        outsider = account("mt-out-" + n, "日光 外部", Role.MUNICIPAL_STAFF, null, "nikko");
        if (content.find("municipalities", "utsunomiya").isEmpty()) {
            content.create("municipalities", "utsunomiya", Map.of("title", "宇都宮市", "code", "092011"), null, "test");
        }
        caseId = issueCases.submit(new NewIssue("除雪車の運行状況の見える化（" + n + "）", "utsunomiya", "道路保全課",
                "除雪の状況が住民に伝わらない。", muni, "宇都 市子", muni + "@staff.example.jp"));
        deliver();
        greenMail.reset();
    }

    @Test
    void anInvitationAndItsUpdateReachEveryParticipantWithTheSameUid() throws Exception {
        LocalDate day = LocalDate.now(JapaneseTimes.ZONE).plusDays(20);
        long id = schedule.schedule(input("SELECTION_HEARING", day, "14:00", "15:30", List.of(muni, member, "sec", "pref")),
                caseId, false, "sec");
        deliver();

        Map<String, Calendar> invitations = calendars(List.of(muni, member, "sec", "pref"));
        String uid = null;
        for (Map.Entry<String, Calendar> entry : invitations.entrySet()) {
            Calendar calendar = entry.getValue();
            assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
            VEvent event = event(calendar);
            uid = uid == null ? value(event, Property.UID) : uid;
            assertThat(value(event, Property.UID)).as("one UID for everyone").isEqualTo(uid);
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
            Property start = event.getProperty(Property.DTSTART).orElseThrow();
            assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Asia/Tokyo");
            ZonedDateTime startsAt = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
            assertThat(startsAt.toLocalDateTime()).isEqualTo(day.atTime(14, 0));
            // ical4j names the zone of the embedded VTIMEZONE its own way; the TZID above and the instant are what count.
            assertThat(startsAt.toInstant()).isEqualTo(day.atTime(14, 0).atZone(JapaneseTimes.ZONE).toInstant());
            assertThat(attendees(event)).contains("mailto:" + muni + "@staff.example.jp", "mailto:sec@staff.example.jp",
                    "mailto:pref@staff.example.jp");
        }
        assertThat(uid).isEqualTo(schedule.visibleTo(id, "sec", Set.of("SECRETARIAT")).orElseThrow().icalUid());
        assertThat(schedule.upcomingFor(member)).extracting(UpcomingMeeting::id).contains(id);
        assertThat(schedule.upcomingFor(outsider)).extracting(UpcomingMeeting::id).doesNotContain(id);

        greenMail.reset();
        schedule.change(id, input("SELECTION_HEARING", day.plusDays(1), "10:00", "11:00", List.of(muni, member, "sec", "pref")),
                "sec", Set.of("SECRETARIAT"));
        deliver();

        for (Map.Entry<String, Calendar> entry : calendars(List.of(muni, member, "sec", "pref")).entrySet()) {
            VEvent event = event(entry.getValue());
            assertThat(value(entry.getValue(), Property.METHOD)).isEqualTo("REQUEST");
            assertThat(value(event, Property.UID)).isEqualTo(uid);
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
            assertThat(((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toLocalDateTime())
                    .isEqualTo(day.plusDays(1).atTime(10, 0));
        }
        assertThat(subjects(muni)).anyMatch(s -> s.contains("【変更】ソリューション選定ヒアリング"));

        greenMail.reset();
        schedule.cancel(id, "sec", Set.of("SECRETARIAT"));
        deliver();
        for (Map.Entry<String, Calendar> entry : calendars(List.of(muni, member, "sec", "pref")).entrySet()) {
            assertThat(value(entry.getValue(), Property.METHOD)).isEqualTo("CANCEL");
            assertThat(value(event(entry.getValue()), Property.UID)).isEqualTo(uid);
            assertThat(value(event(entry.getValue()), Property.STATUS)).isEqualTo("CANCELLED");
        }
        assertThat(schedule.upcomingFor(member)).extracting(UpcomingMeeting::id).doesNotContain(id);
    }

    @Test
    void competingProposersDoNotSeeEachOthersAddresses() throws Exception {
        LocalDate day = LocalDate.now(JapaneseTimes.ZONE).plusDays(21);
        schedule.schedule(input("SELECTION_HEARING", day, "09:30", "10:30", List.of(muni, member, rival, "sec")), caseId, false, "sec");
        deliver();

        Map<String, Calendar> got = calendars(List.of(member, rival, "sec"));
        assertThat(attendees(event(got.get(member)))).contains("mailto:" + member + "@staff.example.jp")
                .doesNotContain("mailto:" + rival + "@staff.example.jp");
        assertThat(attendees(event(got.get(rival)))).doesNotContain("mailto:" + member + "@staff.example.jp");
        assertThat(attendees(event(got.get("sec")))).contains("mailto:" + member + "@staff.example.jp",
                "mailto:" + rival + "@staff.example.jp");
    }

    @Test
    void theCaseMunicipalityStaffAndTheStaffAreSuggestedButNotAnotherMunicipality() {
        Set<String> suggested = schedule.suggestedParticipants(MeetingKind.ISSUE_HEARING, caseId);
        assertThat(suggested).contains(muni, "sec", "pref").doesNotContain(outsider, member);
    }

    @Test
    void badInputIsRefusedInJapaneseAndNothingIsStoredOrSent() {
        long meetingsBefore = count("SELECT COUNT(*) FROM meeting");
        long mailsBefore = count("SELECT COUNT(*) FROM mail_outbox");
        LocalDate day = LocalDate.now(JapaneseTimes.ZONE).plusDays(22);

        assertThatThrownBy(() -> schedule.schedule(input("SELECTION_HEARING", day, "15:00", "14:00", List.of(muni)), caseId, false, "sec"))
                .isInstanceOfSatisfying(InputRefused.class, e ->
                        assertThat(e.errors()).containsEntry("endTime", "終了時刻は開始時刻より後にしてください。"));
        assertThatThrownBy(() -> schedule.schedule(input("SELECTION_HEARING", day, "14:00", "15:00", List.of(muni, "no-such-user")),
                caseId, false, "sec"))
                .isInstanceOfSatisfying(InputRefused.class, e ->
                        assertThat(e.errors().get("participants")).isEqualTo("招待できないアカウントが1件含まれています。一覧から選び直してください。"));
        MeetingInput oversize = new MeetingInput("SELECTION_HEARING", "長".repeat(201), day.toString(), "14:00", "15:00", "県庁",
                null, null, null, List.of(muni));
        assertThatThrownBy(() -> schedule.schedule(oversize, caseId, false, "sec"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors().get("title")).contains("200"));
        assertThatThrownBy(() -> schedule.schedule(input("SELECTION_HEARING", LocalDate.now(JapaneseTimes.ZONE).minusDays(3),
                "14:00", "15:00", List.of(muni)), caseId, false, "sec"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors().get("date")).startsWith("過去の日時には招待できません"));
        assertThatThrownBy(() -> schedule.schedule(input("SELECTION_HEARING", day, "14:00", "15:00", List.of(muni)), null, false, "sec"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors()).containsKey("kind"));

        assertThat(count("SELECT COUNT(*) FROM meeting")).isEqualTo(meetingsBefore);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox")).isEqualTo(mailsBefore);
    }

    @Test
    void anotherOrganizationsMeetingIsNotVisibleAndTakesNoMaterial() {
        LocalDate day = LocalDate.now(JapaneseTimes.ZONE).plusDays(23);
        long id = schedule.schedule(input("SELECTION_HEARING", day, "14:00", "15:00", List.of(muni, member, "sec")), caseId, false, "sec");
        long materials = count("SELECT COUNT(*) FROM meeting_material");

        assertThat(schedule.visibleTo(id, outsider, Set.of("MUNICIPAL_STAFF"))).isEmpty();
        assertThat(schedule.visibleTo(id, rival, Set.of("MEMBER"))).isEmpty();
        assertThat(schedule.visibleTo(id, member, Set.of("MEMBER"))).isPresent();
        assertThatThrownBy(() -> schedule.addMaterial(id, "資料.pdf", new ByteArrayResource(pdf()), rival, Set.of("MEMBER")))
                .isInstanceOf(MeetingNotVisibleException.class);
        assertThatThrownBy(() -> schedule.calendarFile(id, outsider, Set.of("MUNICIPAL_STAFF")))
                .isInstanceOf(MeetingNotVisibleException.class);
        assertThat(count("SELECT COUNT(*) FROM meeting_material")).isEqualTo(materials);

        assertThatThrownBy(() -> schedule.addMaterial(id, "資料.pdf", new ByteArrayResource("MZ not a pdf".getBytes()), member,
                Set.of("MEMBER")))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors().get("file")).startsWith("ファイルを追加できませんでした"));
        int position = schedule.addMaterial(id, "資料.pdf", new ByteArrayResource(pdf()), member, Set.of("MEMBER"));
        assertThat(schedule.material(id, position, muni, Set.of("MUNICIPAL_STAFF"))).isPresent();
        assertThatThrownBy(() -> schedule.material(id, position, rival, Set.of("MEMBER"))).isInstanceOf(MeetingNotVisibleException.class);
    }

    @Test
    void aRecordedIndividualMeetingStartsItsMinutesDueInTenBusinessDays() {
        // 2026-04-28 (Tue), before Golden Week: 4/29 and 5/3–5/6 are closed, so the 10th business day is 5/18.
        long id = schedule.schedule(new MeetingInput("INDIVIDUAL", "那須塩原市との個別打合せ", "2026-04-28", "13:00", "14:00",
                "那須塩原市役所", null, "実証の進め方", "市 情報政策課 2名", List.of("sec", "pref")), null, true, "sec");

        Meeting meeting = schedule.visibleTo(id, "sec", Set.of("SECRETARIAT")).orElseThrow();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
        Task write = tasks.createTaskQuery().processInstanceId(meeting.minutesProcessId()).singleResult();
        assertThat(write.getTaskDefinitionKey()).isEqualTo("writeMinutes");
        assertThat(write.getFormKey()).isEqualTo("minutes-write");
        assertThat(write.getDueDate().toInstant()).isEqualTo(ZonedDateTime.of(2026, 5, 18, 17, 15, 0, 0, JapaneseTimes.ZONE).toInstant());
    }

    @Test
    void theMaterialsOfARegularMeetingAreDueAtNoonOfThePreviousBusinessDay() {
        // Monday 2027-01-04 follows the year-end closure: the previous business day is Monday 2026-12-28.
        var start = ZonedDateTime.of(2027, 1, 4, 10, 0, 0, 0, JapaneseTimes.ZONE).toInstant();
        assertThat(schedule.materialsDue(start)).isEqualTo(ZonedDateTime.of(2026, 12, 28, 12, 0, 0, 0, JapaneseTimes.ZONE).toInstant());
        assertThat(schedule.reminderAt(schedule.materialsDue(start)))
                .isEqualTo(ZonedDateTime.of(2026, 12, 25, 12, 0, 0, 0, JapaneseTimes.ZONE).toInstant());
    }

    @Test
    void aRegularMeetingsParticipantsAreRemindedOfTheMaterialsOnce() throws Exception {
        // The first day whose reminder time has passed while the meeting is still ahead.
        LocalDate day = LocalDate.now(JapaneseTimes.ZONE).plusDays(1);
        while (schedule.reminderAt(schedule.materialsDue(day.atTime(10, 0).atZone(JapaneseTimes.ZONE).toInstant()))
                .isAfter(Clock.systemUTC().instant())) {
            day = day.plusDays(1);
        }
        schedule.schedule(input("REGULAR", day, "10:00", "11:00", List.of("pref1", "secretariat1")), null, false, "sec");
        deliver();
        greenMail.reset();

        assertThat(schedule.sendMaterialsReminders()).isGreaterThanOrEqualTo(1);
        assertThat(schedule.sendMaterialsReminders()).as("once").isZero();
        deliver();
        assertThat(subjects("pref1")).anyMatch(s -> s.contains("定例打合せ「") && s.contains("12:00までにご提出ください"));
        assertThat(subjects("secretariat1")).anyMatch(s -> s.contains("12:00までにご提出ください"));
    }

    // ---------------------------------------------------------------- support

    private String account(String username, String name, Role role, String organization, String municipality) {
        accounts.create(new NewAccount(username, name, username + "@staff.example.jp", "password-" + username, Set.of(role),
                organization, municipality));
        return username;
    }

    private static MeetingInput input(String kind, LocalDate day, String from, String to, List<String> participants) {
        return new MeetingInput(kind, "公共交通の空白地域（提案の説明）", day.toString(), from, to, null,
                "https://meet.example.jp/room-1", "各社の提案説明と質疑", null, participants);
    }

    /** Delivers everything due through the outbox's own sender, as the running product does. */
    private void deliver() {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(greenMail.getSmtp().getPort());
        new OutboxSender(outboxStore, smtp, mailProperties, Clock.systemUTC()).sendDue();
    }

    private Map<String, Calendar> calendars(List<String> usernames) throws Exception {
        Map<String, Calendar> result = new java.util.LinkedHashMap<>();
        for (String username : usernames) {
            List<MimeMessage> mails = to(username + "@staff.example.jp");
            assertThat(mails).as("mail to " + username).hasSize(1);
            result.put(username, new CalendarBuilder().build(ics(mails.get(0))));
        }
        return result;
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    private List<String> subjects(String username) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : to(username + "@staff.example.jp")) {
            subjects.add(MimeUtility.decodeText(message.getSubject()));
        }
        return subjects;
    }

    private static InputStream ics(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            Part part = mixed.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                assertThat(part.getDisposition()).isEqualTo(Part.ATTACHMENT);
                return new ByteArrayInputStream(part.getInputStream().readAllBytes());
            }
        }
        throw new AssertionError("no text/calendar part");
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static List<String> attendees(VEvent event) {
        return event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
                + "3 0 obj<</Type/Page/MediaBox[0 0 3 3]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes();
    }
}
