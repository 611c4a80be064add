package jp.musubi.webapp.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.mail.MailOutboxProperties;
import jp.musubi.cms.mail.OutboxSender;
import jp.musubi.cms.mail.OutboxStore;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.webapp.support.MutableClock;
import jp.musubi.workflow.calendar.JapaneseBusinessCalendar;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.minutes.MinutesSteps;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat schedules a ソリューション選定ヒアリング from its inbox task; the municipality's and the member's
 * invitations arrive with their .ics; the meeting is held and its minutes are written and approved in the inbox,
 * with the reminder mail on the way. The meeting day is chosen so that its 10 business days cross a holiday.
 */
@MusubiBrowserTest
class MeetingInboxBrowserTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    InboxTestCases cases;
    @Autowired
    MutableClock clock;
    @Autowired
    OutboxStore outboxStore;
    @Autowired
    MailOutboxProperties mailProperties;
    @Autowired
    JapaneseBusinessCalendar calendar;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    MinutesSteps minutes;

    @AfterEach
    void resetClocks() {
        clock.reset();
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    @Test
    void aSelectionHearingIsScheduledFromTheInboxAndItsMinutesAreCompletedThere(BrowserSession browser) throws Exception {
        String title = InboxTestCases.uniqueTitle("除雪状況の見える化");
        IssueCase issueCase = cases.atSelectionHearing(title, "株式会社ゆきみ");
        Task hearing = cases.task(issueCase, "selectionHearing");
        LocalDate day = dayWhoseMinutesCrossAHoliday();
        deliver();
        greenMail.reset();

        Page page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/inbox/tasks/" + hearing.getId());
        Locator scheduleLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ソリューション選定ヒアリングを設定する"));
        assertThat(scheduleLink).isVisible();
        browser.assertAccessible(page);
        scheduleLink.click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("ソリューション選定ヒアリングの設定");
        assertThat(page.getByLabel("件名")).hasValue(title);
        assertThat(page.getByLabel("宇都 市太郎", new Page.GetByLabelOptions().setExact(false))).isChecked();
        // The municipality by its name, never the item's identifier.
        assertThat(page.locator("label").filter(new Locator.FilterOptions().setHasText("宇都 市太郎")))
                .containsText("宇都宮市");
        assertThat(page.locator("label").filter(new Locator.FilterOptions().setHasText("宇都 市太郎")))
                .not().containsText("utsunomiya");
        page.getByLabel("佐藤 健一", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByLabel("日付").fill(day.toString());
        page.getByLabel("開始時刻").fill("14:00");
        page.getByLabel("終了時刻").fill("13:00");
        page.getByLabel("オンライン会議のURL").fill("https://meet.example.jp/yukimi");
        page.getByLabel("議題").fill("提案内容の説明と質疑");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("設定して招待する")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("終了時刻は開始時刻より後にしてください。");
        assertThat(page.getByLabel("終了時刻")).hasAttribute("aria-invalid", "true");
        browser.assertAccessible(page);
        page.setViewportSize(320, 900);
        browser.assertAccessible(page);
        page.setViewportSize(1280, 900);

        page.getByLabel("終了時刻").fill("15:30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("設定して招待する")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("招待メールを送りました");
        assertThat(page.locator("main")).containsText("佐藤 健一");
        browser.assertAccessible(page);
        page.setViewportSize(320, 900);
        browser.assertAccessible(page);
        page.setViewportSize(1280, 900);
        Matcher id = Pattern.compile("/meetings/(\\d+)").matcher(page.url());
        assertThat(id.find()).isTrue();
        String meetingPath = "/meetings/" + id.group(1);

        deliver();
        Calendar toMunicipality = ics(single("municipal@demo.example.jp"));
        Calendar toMember = ics(single("member@demo.example.jp"));
        VEvent event = event(toMunicipality);
        assertThat(value(event, Property.UID)).isEqualTo(value(event(toMember), Property.UID));
        assertThat(toMunicipality.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Asia/Tokyo");
        assertThat(start.getValue()).isEqualTo(day.toString().replace("-", "") + "T140000");
        assertThat(event.getProperties(Property.ATTENDEE).stream().map(Property::getValue))
                .contains("mailto:municipal@demo.example.jp", "mailto:member@demo.example.jp", "mailto:secretariat@demo.example.jp");

        // The day of the meeting, after it began: it is held, and its minutes start.
        clock.freeze();
        clock.advance(Duration.between(clock.instant(), day.atTime(15, 45).atZone(JapaneseTimes.ZONE).toInstant()));
        page.navigate(meetingPath);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("実施済みにする（打合せ記録の作成を始める）")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("実施済みにしました");

        Task write = tasks.createTaskQuery().processInstanceBusinessKey("meeting:" + id.group(1)).taskDefinitionKey("writeMinutes")
                .singleResult();
        LocalDate due = calendar.addBusinessDays(day, 10);
        assertThat(write.getDueDate()).isEqualTo(Date.from(due.atTime(17, 15).atZone(JapaneseTimes.ZONE).toInstant()));
        assertThat(due).as("ten business days across a holiday take more than two weeks").isAfter(day.plusDays(14));

        // Two business days before the due date the reminder goes out.
        deliver();
        greenMail.reset();
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(
                Date.from(calendar.addBusinessDays(day, 8).atTime(17, 16).atZone(JapaneseTimes.ZONE).toInstant()));
        for (Job timer : management.createTimerJobQuery().processInstanceId(write.getProcessInstanceId()).executable().list()) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
        deliver();
        assertThat(subject(single("secretariat@demo.example.jp"))).contains("打合せ記録「").contains("提出期限");

        page.navigate("/inbox/tasks/" + write.getId());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("打合せと添付ファイル"))).isVisible();
        assertThat(page.locator("main")).containsText(JapaneseTimes.dateWithWeekday(due));
        browser.assertAccessible(page);
        page.getByLabel("打合せ記録").fill("出席者：宇都宮市、株式会社那須野電子、事務局\n決定事項：実証の範囲を12月中に確定する");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("入力内容で完了する")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("完了");

        Task review = tasks.createTaskQuery().processInstanceId(write.getProcessInstanceId()).taskDefinitionKey("reviewMinutes")
                .singleResult();
        Page pref = browser.login("pref", BrowserSession.DEMO_PASSWORD);
        pref.waitForURL("**/mypage");
        pref.navigate("/inbox/tasks/" + review.getId());
        assertThat(pref.locator("main")).containsText("実証の範囲を12月中に確定する");
        pref.getByLabel("承認する").check();
        browser.assertAccessible(pref);
        pref.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("入力内容で完了する")).click();
        assertThat(pref.getByRole(AriaRole.STATUS)).containsText("完了");
        assertThat(minutes.record(write.getProcessInstanceId()).orElseThrow().approved()).isTrue();
    }

    /** A future day whose 10 business days include a holiday or closure on a weekday. */
    private LocalDate dayWhoseMinutesCrossAHoliday() {
        LocalDate day = LocalDate.now(JapaneseTimes.ZONE).plusDays(7);
        while (true) {
            while (!calendar.isBusinessDay(day)) {
                day = day.plusDays(1);
            }
            LocalDate due = calendar.addBusinessDays(day, 10);
            for (LocalDate d = day.plusDays(1); d.isBefore(due); d = d.plusDays(1)) {
                if (!calendar.isBusinessDay(d) && d.getDayOfWeek().getValue() <= 5) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }

    private void deliver() {
        org.springframework.mail.javamail.JavaMailSenderImpl smtp = new org.springframework.mail.javamail.JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(greenMail.getSmtp().getPort());
        new OutboxSender(outboxStore, smtp, mailProperties, Clock.systemUTC()).sendDue();
    }

    private static MimeMessage single(String address) {
        List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(found).as("mails to " + address).hasSize(1);
        return found.get(0);
    }

    private static String subject(MimeMessage message) throws Exception {
        return MimeUtility.decodeText(message.getSubject());
    }

    private static Calendar ics(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            Part part = mixed.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                return new CalendarBuilder().build(new ByteArrayInputStream(part.getInputStream().readAllBytes()));
            }
        }
        throw new AssertionError("no .ics in the mail");
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

}
