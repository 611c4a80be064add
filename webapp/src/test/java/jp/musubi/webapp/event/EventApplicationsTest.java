package jp.musubi.webapp.event;

import static jp.musubi.webapp.event.EventFixtures.applicant;
import static jp.musubi.webapp.event.EventFixtures.apply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.musubi.cms.common.RetentionRule;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.webapp.support.MutableClock;
import jp.musubi.workflow.calendar.JapaneseBusinessCalendar;
import jp.musubi.workflow.event.EventDailyMails;
import jp.musubi.workflow.program.IndicatorData;
import jp.musubi.workflow.program.Indicators;
import jp.musubi.workflow.survey.SurveyAudience;
import jp.musubi.workflow.survey.SurveyAudienceSource;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Event applications through the public form and the personal link, with the waiting list, check-in, the
 * reception list, the dashboard's attendance, the survey audience and the retention; every refusal in Japanese
 * with nothing stored.
 */
@MusubiSpringBootTest
class EventApplicationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EventFixtures events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Indicators indicators;
    @Autowired
    List<SurveyAudienceSource> audiences;
    @Autowired
    List<RetentionRule> retentionRules;
    @Autowired
    MutableClock clock;
    @Autowired
    JapaneseBusinessCalendar calendar;
    @Autowired
    EventDailyMails dailyMails;

    @AfterEach
    void cleanUp() {
        events.removeAll();
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    @Test
    void theThirdIsWaitlistedAndPromotedWhenTheFirstCancelsThroughTheLinkInTheMail() throws Exception {
        String event = events.event("申込みのテスト " + unique(), 2, 10, null);
        String first = "first-" + unique() + "@example.jp";
        String second = "second-" + unique() + "@example.jp";
        String third = "third-" + unique() + "@example.jp";
        assertThat(apply(mvc, event, applicant("一番 花子", first), "10.1.0.1").getStatus()).isEqualTo(302);
        assertThat(apply(mvc, event, applicant("二番 次郎", second), "10.1.0.2").getStatus()).isEqualTo(302);
        MockHttpServletResponse waitlisted = apply(mvc, event, applicant("三番 三郎", third), "10.1.0.3");
        assertThat(waitlisted.getStatus()).isEqualTo(302);
        assertThat(waitlisted.getRedirectedUrl()).isEqualTo("/events/" + event + "/apply/done");
        assertThat(events.withStatus(event, "ACCEPTED")).isEqualTo(2);
        assertThat(events.withStatus(event, "WAITLISTED")).isEqualTo(1);

        // The first has the .ics, the QR code and the personal link; the third is told of the waiting list only.
        Map<String, Object> accepted = events.mailsTo(first).get(0);
        assertThat(accepted.get("subject").toString()).contains("参加申込みを受け付けました");
        String text = accepted.get("text_body").toString();
        String token = EventFixtures.token(text);
        assertThat(token).isNotNull();
        assertThat(EventFixtures.code(text)).isNotNull();
        List<Map<String, Object>> files = events.attachmentsOf(((Number) accepted.get("id")).longValue());
        assertThat(files).extracting(f -> f.get("filename")).containsExactly("event.ics", "checkin-code.png");
        VEvent vevent = ics((byte[]) files.get(0).get("content"));
        assertThat(vevent.getProperty(Property.SUMMARY).map(Property::getValue).orElseThrow()).startsWith("申込みのテスト");
        assertThat(vevent.getProperty(Property.LOCATION).map(Property::getValue).orElseThrow()).isEqualTo("栃木県庁 東館4階講堂");
        byte[] png = (byte[]) files.get(1).get("content");
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        Map<String, Object> waiting = events.mailsTo(third).get(0);
        assertThat(waiting.get("subject").toString()).contains("キャンセル待ち");
        assertThat(waiting.get("text_body").toString()).contains("キャンセル待ち（1番目）");
        assertThat(events.attachmentsOf(((Number) waiting.get("id")).longValue())).isEmpty();

        // The personal page needs no login; cancelling promotes the third, who gets the 繰り上げ mail with the .ics.
        String page = mvc.perform(get("/events/applications/" + token)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("参加確定").contains("一番 花子").doesNotContain("二番 次郎");
        MockHttpServletResponse cancelled = mvc.perform(post("/events/applications/" + token + "/cancel").with(csrf()))
                .andReturn().getResponse();
        assertThat(cancelled.getStatus()).isEqualTo(302);
        assertThat(events.withStatus(event, "ACCEPTED")).isEqualTo(2);
        assertThat(events.withStatus(event, "CANCELLED")).isEqualTo(1);
        List<Map<String, Object>> toThird = events.mailsTo(third);
        assertThat(toThird).hasSize(2);
        assertThat(toThird.get(1).get("subject").toString()).contains("繰り上げ");
        List<Map<String, Object>> promotedFiles = events.attachmentsOf(((Number) toThird.get(1).get("id")).longValue());
        assertThat(ics((byte[]) promotedFiles.get(0).get("content")).getProperty(Property.DTSTART)).isPresent();
        assertThat(EventFixtures.code(toThird.get(1).get("text_body").toString())).isNotNull();

        // The link is used up: cancelling again is refused (410), an unknown token is 404, both in Japanese.
        MockHttpServletResponse again = mvc.perform(post("/events/applications/" + token + "/cancel").with(csrf()))
                .andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(410);
        assertThat(again.getContentAsString()).contains("このお申込みはすでに取り消されています。");
        MockHttpServletResponse unknown = mvc.perform(get("/events/applications/" + "x".repeat(43)))
                .andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("このリンクのお申込みは見つかりません。");
        assertThat(events.withStatus(event, "ACCEPTED")).isEqualTo(2);
    }

    @Test
    void aFullEventWithoutAWaitingListAndAClosedOneRefuseInJapaneseAndStoreNothing() throws Exception {
        String event = events.event("満席のテスト " + unique(), 1, 10, null);
        assertThat(events.settings(mvc, event, Map.of("capacity", "1")).getStatus()).isEqualTo(302);
        apply(mvc, event, applicant("先着 一郎", "a-" + unique() + "@example.jp"), "10.2.0.1");
        MockHttpServletResponse full = apply(mvc, event, applicant("後着 二郎", "b-" + unique() + "@example.jp"), "10.2.0.2");
        assertThat(full.getStatus()).isEqualTo(400);
        assertThat(full.getContentAsString()).contains("定員に達したため、申込みの受付を終了しました。");
        assertThat(events.applications(event)).isEqualTo(1);

        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);
        String late = events.event("締切後のテスト " + unique(), 10, 10, yesterday);
        MockHttpServletResponse closed = apply(mvc, late, applicant("遅刻 三郎", "c-" + unique() + "@example.jp"), "10.2.0.3");
        assertThat(closed.getStatus()).isEqualTo(400);
        assertThat(closed.getContentAsString()).contains("申込みの受付期間を過ぎています。");
        assertThat(events.applications(late)).isZero();
        String notOpen = events.event("受付停止中のテスト " + unique(), 10, 10, null, false);
        MockHttpServletResponse refused = apply(mvc, notOpen, applicant("早着 四郎", "d-" + unique() + "@example.jp"), "10.2.0.4");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("このイベントは現在、申込みを受け付けていません。");
        assertThat(events.applications(notOpen)).isZero();
        // An unpublished event has no form.
        assertThat(mvc.perform(get("/events/no-such-event-" + unique() + "/apply")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        // Its page no longer invites applications.
        assertThat(mvc.perform(get("/events/" + late)).andReturn().getResponse().getContentAsString())
                .contains("このイベントの申込みは受け付けていません。").doesNotContain("/events/" + late + "/apply");
    }

    @Test
    void badInputIsRefusedInJapaneseWithNothingStored() throws Exception {
        String event = events.event("入力チェックのテスト " + unique(), 10, 10, null);
        events.settings(mvc, event, Map.of("askPhone", "yes", "askAttendanceMode", "yes", "questions", "関心のあるテーマ",
                "waitingList", "yes"));
        String form = mvc.perform(get("/events/" + event + "/apply")).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("電話番号").contains("参加方法").contains("関心のあるテーマ").contains("name=\"homepage\"");

        Map<String, String> noName = applicant("", "d-" + unique() + "@example.jp");
        noName.put("attendanceMode", "VENUE");
        assertRefused(event, noName, "氏名を入力してください");
        Map<String, String> badMail = applicant("入力 太郎", "not-an-address");
        badMail.put("attendanceMode", "VENUE");
        assertRefused(event, badMail, "メールアドレス");
        Map<String, String> badMode = applicant("入力 太郎", "e-" + unique() + "@example.jp");
        badMode.put("attendanceMode", "BOTH");
        assertRefused(event, badMode, "参加方法");
        Map<String, String> oversize = applicant("入力 太郎", "f-" + unique() + "@example.jp");
        oversize.put("attendanceMode", "ONLINE");
        oversize.put("q1", "あ".repeat(1001));
        assertRefused(event, oversize, "1000文字以内");
        assertThat(events.applications(event)).isZero();

        Map<String, String> good = applicant("入力 太郎", "g-" + unique() + "@example.jp");
        good.put("attendanceMode", "ONLINE");
        good.put("phone", "028-123-4567");
        good.put("q1", "生成AIの活用");
        assertThat(apply(mvc, event, good, "10.3.0.2").getStatus()).isEqualTo(302);
        // The same address twice is refused.
        assertRefused(event, good, "すでにお申し込みいただいています");
        assertThat(events.applications(event)).isEqualTo(1);
        // A bot that fills the honeypot is thanked and nothing is stored.
        Map<String, String> bot = applicant("ボット", "h-" + unique() + "@example.jp");
        bot.put("attendanceMode", "ONLINE");
        bot.put("homepage", "http://spam.example");
        assertThat(apply(mvc, event, bot, "10.3.0.3").getStatus()).isEqualTo(302);
        assertThat(events.applications(event)).isEqualTo(1);
        // The settings refuse nonsense too.
        MockHttpServletResponse settings = events.settings(mvc, event, Map.of("capacity", "0", "deadline", "12月1日"));
        assertThat(settings.getStatus()).isEqualTo(400);
        assertThat(settings.getContentAsString()).contains("定員は1から100000までの数字で入力してください。")
                .contains("申込締切日は日付");
    }

    private void assertRefused(String event, Map<String, String> values, String message) throws Exception {
        MockHttpServletResponse response = apply(mvc, event, values, "10.3.0.1");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("入力内容を確認してください").contains(message);
    }

    @Test
    void concurrentApplicationsNeverOverfillTheEvent() throws Exception {
        String event = events.event("同時申込みのテスト " + unique(), 3, 10, null);
        events.settings(mvc, event, Map.of());
        List<Integer> statuses = concurrently(12, i -> apply(mvc, event,
                applicant("同時 " + i, "c" + i + "-" + unique() + "@example.jp"), "10.4.0." + i).getStatus());
        assertThat(statuses).filteredOn(s -> s == 302).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(9);
        assertThat(events.withStatus(event, "ACCEPTED")).isEqualTo(3);
        assertThat(events.applications(event)).isEqualTo(3);
    }

    @Test
    void concurrentCancellationsPromoteTheWaitingListInOrderWithoutOverfilling() throws Exception {
        String event = events.event("同時取消しのテスト " + unique(), 2, 10, null);
        List<String> tokens = new ArrayList<>();
        List<String> mails = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String mail = "w" + i + "-" + unique() + "@example.jp";
            mails.add(mail);
            apply(mvc, event, applicant("順番 " + i, mail), "10.5.0." + i);
            tokens.add(EventFixtures.token(events.mailsTo(mail).get(0).get("text_body").toString()));
        }
        assertThat(events.withStatus(event, "WAITLISTED")).isEqualTo(3);
        // Both accepted cancel at once, each twice (a double click): two seats free, the next two in order get them.
        List<Integer> statuses = concurrently(4, i -> mvc.perform(post("/events/applications/" + tokens.get(i % 2)
                + "/cancel").with(csrf())).andReturn().getResponse().getStatus());
        assertThat(statuses).filteredOn(s -> s == 302).hasSize(2);
        assertThat(events.withStatus(event, "ACCEPTED")).isEqualTo(2);
        assertThat(events.withStatus(event, "CANCELLED")).isEqualTo(2);
        assertThat(events.withStatus(event, "WAITLISTED")).isEqualTo(1);
        assertThat(events.mailsTo(mails.get(2))).extracting(m -> m.get("subject").toString()).anyMatch(s -> s.contains("繰り上げ"));
        assertThat(events.mailsTo(mails.get(3))).extracting(m -> m.get("subject").toString()).anyMatch(s -> s.contains("繰り上げ"));
        assertThat(events.mailsTo(mails.get(4))).extracting(m -> m.get("subject").toString()).noneMatch(s -> s.contains("繰り上げ"));
    }

    @Test
    void checkInByCodeFeedsTheReceptionListTheDashboardAndTheSurveyAudience() throws Exception {
        String event = events.event("受付のテスト " + unique(), 1, 10, null);
        String other = events.event("別イベント " + unique(), 5, 10, null);
        String guest = "guest-" + unique() + "@example.jp";
        String waiting = "waiting-" + unique() + "@example.jp";
        String elsewhere = "elsewhere-" + unique() + "@example.jp";
        Map<String, String> tricky = applicant("=HYPERLINK(\"http://x\")", guest);
        apply(mvc, event, tricky, "10.6.0.1");
        apply(mvc, event, applicant("待機 花子", waiting), "10.6.0.2");
        apply(mvc, other, applicant("他所 太郎", elsewhere), "10.6.0.3");
        String code = EventFixtures.code(events.mailsTo(guest).get(0).get("text_body").toString());
        String otherCode = EventFixtures.code(events.mailsTo(elsewhere).get(0).get("text_body").toString());
        String waitingCode = jdbc.sql("SELECT checkin_code FROM event_application WHERE email = ?").param(waiting)
                .query(String.class).single();
        long before = attendance(LocalDate.now(ZoneId.of("Asia/Tokyo")));

        assertCheckin(event, otherCode, 400, "この受付コードは別のイベント");
        assertCheckin(event, waitingCode, 400, "キャンセル待ちのため");
        assertCheckin(event, "ZZZZ-ZZZZ", 400, "この受付コードのお申込みは見つかりません。");
        assertCheckin(event, "abc", 400, "受付コードは8文字の英数字です");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_application WHERE checked_in_at IS NOT NULL AND event_name IN (?, ?)")
                .params(event, other).query(Long.class).single()).isZero();
        // Typed in lower case with full-width characters, as people do.
        assertCheckin(event, code.toLowerCase().replace('-', '－'), 200, "の受付をしました。");
        assertCheckin(event, code, 409, "すでに受付済みです");
        assertThat(attendance(LocalDate.now(ZoneId.of("Asia/Tokyo")))).isEqualTo(before + 1);

        // The reception list opens back in POI and a CSV parser; a formula-looking name stays text.
        byte[] xlsx = mvc.perform(get("/admin/events/" + event + "/applications.xlsx").with(user(events.account("secretariat"))))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("受付コード");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(code);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("参加確定");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("キャンセル待ち");
        }
        byte[] csv = mvc.perform(get("/admin/events/" + event + "/applications.csv").with(user(events.account("secretariat"))))
                .andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))) {
            records = parser.getRecords();
        }
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("氏名")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(records.get(0).get("受付日時")).isNotBlank();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target = ? AND action = 'PERSONAL_DATA_EXPORT'")
                .param("event:" + event).query(Long.class).single()).isEqualTo(2);
        // Only staff: the public and another role cannot read it.
        assertThat(mvc.perform(get("/admin/events/" + event + "/applications.csv").with(user(events.account("member"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        SurveyAudience audience = audiences.stream().flatMap(source -> source.audiences().stream())
                .filter(a -> a.id().equals("event:" + event + ":attendees")).findFirst().orElseThrow();
        assertThat(audience.recipients()).extracting(r -> r.mail()).containsExactly(guest);
    }

    @Test
    void theOpenEventsAttendanceCountsCheckInsAtTheOpenEventOnly() throws Exception {
        String open = events.event("オープンイベントの受付 " + unique(), "open-event", 5, 10, null, true);
        String seminar = events.event("セミナーの受付 " + unique(), "seminar", 5, 10, null, true);
        String atOpen = "open-" + unique() + "@example.jp";
        String atSeminar = "seminar-" + unique() + "@example.jp";
        apply(mvc, open, applicant("参集 花子", atOpen), "10.6.1.1");
        apply(mvc, seminar, applicant("講座 太郎", atSeminar), "10.6.1.2");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        long before = attendance("open-event-attendance", today);
        long everyEventBefore = attendance("event-attendance", today);

        assertCheckin(seminar, EventFixtures.code(events.mailsTo(atSeminar).get(0).get("text_body").toString()), 200,
                "の受付をしました。");
        assertThat(attendance("open-event-attendance", today)).as("a seminar is no open event").isEqualTo(before);
        assertCheckin(open, EventFixtures.code(events.mailsTo(atOpen).get(0).get("text_body").toString()), 200,
                "の受付をしました。");
        assertThat(attendance("open-event-attendance", today)).isEqualTo(before + 1);
        assertThat(attendance("event-attendance", today)).isEqualTo(everyEventBefore + 2);
    }

    private void assertCheckin(String event, String code, int status, String message) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/admin/events/" + event + "/checkin").param("code", code)
                .with(user(events.account("secretariat"))).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(code).isEqualTo(status);
        assertThat(response.getContentAsString()).contains(message);
    }

    private long attendance(LocalDate day) {
        return attendance("kickoff-attendance", day);
    }

    private long attendance(String indicator, LocalDate day) {
        IndicatorData data = indicators.find(indicator).orElseThrow().collect(day, day);
        return data.records().size();
    }

    @Test
    void personalDataIsErasedAfterTheRetentionPeriodAndTheCountStays() throws Exception {
        String event = events.event("保存期間のテスト " + unique(), 5, 3, null);
        String mail = "keep-" + unique() + "@example.jp";
        apply(mvc, event, applicant("保存 太郎", mail), "10.7.0.1");
        RetentionRule rule = retentionRules.stream().filter(r -> r.id().equals("event-applications")).findFirst().orElseThrow();
        java.time.Instant end = jdbc.sql("SELECT event_ends_at FROM event_application WHERE email = ?").param(mail)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(rule.eraseBefore(end)).isZero();
        assertThat(rule.eraseBefore(end.plusSeconds(1))).isGreaterThanOrEqualTo(1);
        Map<String, Object> row = jdbc.sql("SELECT name, email, status FROM event_application WHERE event_name = ?")
                .param(event).query().singleRow();
        assertThat(row.get("name").toString()).contains("削除");
        assertThat(row.get("email")).isEqualTo("");
        assertThat(row.get("status")).isEqualTo("ACCEPTED");
    }

    @Test
    void theReminderGoesTheBusinessDayBeforeAndTheThanksAfterToThoseWhoCame() throws Exception {
        String event = events.event("リマインドのテスト " + unique(), 1, 20, null);
        String guest = "remind-" + unique() + "@example.jp";
        String waiting = "remind-waiting-" + unique() + "@example.jp";
        apply(mvc, event, applicant("参加 一郎", guest), "10.8.0.1");
        apply(mvc, event, applicant("待機 二郎", waiting), "10.8.0.2");
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        LocalDate eventDay = LocalDate.now(tokyo).plusDays(20);
        LocalDate reminderDay = eventDay.minusDays(1);
        while (!calendar.isBusinessDay(reminderDay)) {
            reminderDay = reminderDay.minusDays(1);
        }
        try {
            clock.freeze();
            moveTo(reminderDay.minusDays(1).atTime(9, 0).atZone(tokyo).toInstant());
            dailyMails.run();
            assertThat(subjects(guest)).noneMatch(s -> s.contains("まもなく開催します"));
            moveTo(reminderDay.atTime(9, 0).atZone(tokyo).toInstant());
            dailyMails.run();
            dailyMails.run();
            assertThat(subjects(guest)).filteredOn(s -> s.contains("まもなく開催します")).hasSize(1);
            assertThat(subjects(waiting)).noneMatch(s -> s.contains("まもなく開催します"));

            // At the door, then the day after: the thank-you goes to the one who came, once.
            moveTo(eventDay.atTime(10, 30).atZone(tokyo).toInstant());
            String code = EventFixtures.code(events.mailsTo(guest).get(0).get("text_body").toString());
            mvc.perform(post("/admin/events/" + event + "/checkin").param("code", code)
                    .with(user(events.account("secretariat"))).with(csrf()));
            moveTo(eventDay.plusDays(1).atTime(9, 0).atZone(tokyo).toInstant());
            dailyMails.run();
            dailyMails.run();
            assertThat(subjects(guest)).filteredOn(s -> s.contains("ご参加ありがとうございました")).hasSize(1);
            assertThat(subjects(waiting)).noneMatch(s -> s.contains("ご参加ありがとうございました"));
        } finally {
            clock.reset();
        }
    }

    private void moveTo(java.time.Instant target) {
        clock.advance(java.time.Duration.between(clock.instant(), target));
    }

    private List<String> subjects(String address) {
        return events.mailsTo(address).stream().map(m -> m.get("subject").toString()).toList();
    }

    private static VEvent ics(byte[] content) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(content));
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    interface Task {
        int run(int index) throws Exception;
    }

    /** Runs the tasks on as many threads, released together. */
    private static List<Integer> concurrently(int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<Integer> call = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
