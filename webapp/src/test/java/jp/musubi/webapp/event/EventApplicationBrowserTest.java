package jp.musubi.webapp.event;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
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
import jp.musubi.cms.mail.MailOutboxProperties;
import jp.musubi.cms.mail.OutboxSender;
import jp.musubi.cms.mail.OutboxStore;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.webapp.support.MutableClock;
import jp.musubi.webapp.support.Programme;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import jp.musubi.workflow.program.ProgramProperties;
import jp.musubi.workflow.program.ProgramYear;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scenario in the browser: a visitor applies to an event of capacity 2 as the third applicant and
 * is waitlisted; the first cancels from the link in the mail and the third is promoted (both mails through SMTP
 * into GreenMail, each .ics read back by ical4j); the secretariat checks the second in by code at the door; the
 * dashboard counts the attendance. Every new page and form state is axe-checked at 1280 and 320 px; a second
 * test applies with the keyboard only. {@link KumamotoEventApplicationBrowserTest} runs both on the Kumamoto
 * consortium, whose dashboard counts the attendance under its own target.
 */
@MusubiBrowserTest
class EventApplicationBrowserTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Pattern PERSONAL_LINK = Pattern.compile("https?://[^\\s]+(/events/applications/[A-Za-z0-9_-]{43})");
    private static final int MAX_TABS = 60;

    @Autowired
    EventFixtures events;
    @Autowired
    MockMvc mvc;
    @Autowired
    OutboxStore outbox;
    @Autowired
    MailOutboxProperties mailProperties;
    @Autowired
    MutableClock clock;
    @Autowired
    ProgramProperties program;

    private final String suffix = Long.toString(System.nanoTime(), 36);

    @AfterEach
    void cleanUp() {
        clock.reset();
        events.removeAll();
    }

    /** The programme the journey runs on; a subclass runs it on another. */
    protected Programme programme() {
        return Programme.TOCHIGI;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void theThirdIsWaitlistedPromotedWhenTheFirstCancelsAndTheSecondIsCheckedIn(BrowserSession browser) throws Exception {
        String title = "キックオフ申込みの確認 " + suffix;
        String event = events.event(title, programme().attendanceEventType(), 2, 14, null, true);
        String first = "first-" + suffix + "@example.jp";
        String second = "second-" + suffix + "@example.jp";
        String third = "third-" + suffix + "@example.jp";
        EventFixtures.apply(mvc, event, EventFixtures.applicant("一番 花子", first), "10.9.0.1");
        EventFixtures.apply(mvc, event, EventFixtures.applicant("二番 次郎", second), "10.9.0.2");

        // The third visitor, from the event page through the three steps.
        Page page = browser.open("/events/" + event);
        assertThat(page.locator("main")).containsText("キャンセル待ち");
        browser.assertAccessibleAtBothWidths(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("参加を申し込む")).click();
        page.waitForURL("**/events/" + event + "/apply");
        assertThat(page.getByRole(AriaRole.NOTE)).containsText("キャンセル待ち");
        browser.assertAccessibleAtBothWidths(page);
        button(page, "入力内容を確認する").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("氏名を入力してください");
        browser.assertAccessibleAtBothWidths(page);
        page.getByLabel("氏名").fill("三番 三郎");
        page.getByLabel("所属（会社・団体・学校名）").fill("三番商事株式会社");
        page.getByLabel("メールアドレス").fill(third);
        page.getByLabel("プライバシーポリシーに同意する").check();
        button(page, "入力内容を確認する").click();
        assertThat(page.locator(".confirm-list")).containsText("三番商事株式会社");
        browser.assertAccessibleAtBothWidths(page);
        button(page, "送信する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("キャンセル待ち（1番目）");
        browser.assertAccessibleAtBothWidths(page);

        // The first cancels from the link in the mail that arrived through SMTP, with its .ics.
        deliver();
        MimeMessage toFirst = single(first);
        assertThat(subject(toFirst)).contains("参加申込みを受け付けました");
        VEvent accepted = ics(toFirst);
        assertThat(accepted.getProperty(Property.SUMMARY).map(Property::getValue).orElseThrow()).isEqualTo(title);
        assertThat(subject(single(third))).contains("キャンセル待ち");
        Matcher link = PERSONAL_LINK.matcher(plain(toFirst));
        assertThat(link.find()).as("personal link in the mail").isTrue();
        Page personal = browser.open(link.group(1));
        assertThat(personal.locator("main")).containsText("参加確定");
        browser.assertAccessibleAtBothWidths(personal);
        button(personal, "参加を取り消す").click();
        assertThat(personal.getByRole(AriaRole.STATUS)).containsText("参加の取消しを受け付けました");
        assertThat(personal.locator("main")).containsText("取消し");
        browser.assertAccessibleAtBothWidths(personal);

        // The third is promoted: the 繰り上げ mail with the .ics and the check-in code.
        deliver();
        List<MimeMessage> toThird = to(third);
        assertThat(toThird).hasSize(2);
        MimeMessage promoted = toThird.get(1);
        assertThat(subject(promoted)).contains("繰り上げ");
        assertThat(ics(promoted).getProperty(Property.DTSTART)).isPresent();
        assertThat(plain(promoted)).containsPattern("受付コード：[A-Z0-9]{4}-[A-Z0-9]{4}");

        // The secretariat checks the second in by the code of their mail, in the programme year.
        duringTheProgrammeYear();
        String secondCode = EventFixtures.code(plain(single(second)));
        Page staff = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        staff.waitForURL("**/mypage");
        staff.navigate(browser.baseUrl() + "/admin/events");
        assertThat(staff.locator("main")).containsText(title);
        browser.assertAccessibleAtBothWidths(staff);
        staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(staff.locator("main table")).containsText("三番 三郎");
        assertThat(staff.locator("main table")).containsText("取消し");
        browser.assertAccessibleAtBothWidths(staff);
        staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("当日受付（チェックイン）")).click();
        browser.assertAccessibleAtBothWidths(staff);
        staff.getByLabel("受付コード").fill("ZZZZ-ZZZZ");
        button(staff, "受付する").click();
        assertThat(staff.getByRole(AriaRole.ALERT)).containsText("この受付コードのお申込みは見つかりません。");
        browser.assertAccessibleAtBothWidths(staff);
        staff.getByLabel("受付コード").fill(secondCode);
        button(staff, "受付する").click();
        // The camera section has a live status line of its own: the check-in result is the page's notice.
        assertThat(staff.locator("main .alert[role=status]")).containsText("二番 次郎様");
        assertThat(staff.locator("#checkin-counts")).containsText("出席 1名");
        browser.assertAccessibleAtBothWidths(staff);

        // The dashboard counts the attendance, and its drill-down names the event.
        staff.navigate(browser.baseUrl() + "/admin/program");
        assertThat(staff.locator("main")).containsText(programme().attendanceTargetLabel());
        staff.navigate(browser.baseUrl() + "/admin/program/targets/" + programme().attendanceTarget());
        assertThat(staff.locator("main")).containsText(title);
        assertThat(staff.locator("main")).not().containsText("二番 次郎");
    }

    @Test
    void aVisitorAppliesWithTheKeyboardOnly(BrowserSession browser) throws Exception {
        String title = "キーボードで申し込むイベント " + suffix;
        String event = events.event(title, programme().attendanceEventType(), 10, 14, null, true);
        String mail = "keyboard-" + suffix + "@example.jp";
        Page page = browser.open("/events/" + event);
        tabTo(page, "a.button:has-text('参加を申し込む')");
        page.keyboard().press("Enter");
        page.waitForURL("**/events/" + event + "/apply");
        typeInto(page, "#field-name", "鍵盤 花子");
        typeInto(page, "#field-organization", "キーボード大学");
        typeInto(page, "#field-email", mail);
        tabTo(page, "#field-privacyConsent");
        page.keyboard().press("Space");
        tabTo(page, "button:has-text('入力内容を確認する')");
        page.keyboard().press("Enter");
        assertThat(page.locator(".confirm-list")).containsText("キーボード大学");
        tabTo(page, "button:has-text('送信する')");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("参加申込みを受け付けました");
        assertThat(events.withStatus(event, "ACCEPTED")).isEqualTo(1);

        // The personal page, also with the keyboard: change the organization.
        String token = EventFixtures.token(events.mailsTo(mail).get(0).get("text_body").toString());
        page.navigate("/events/applications/" + token);
        tabTo(page, "#field-organization");
        page.keyboard().press("Control+A");
        page.keyboard().type("キーボード工科大学");
        tabTo(page, "button:has-text('変更を保存する')");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("お申込み内容を変更しました");
        assertThat(page.locator("#field-organization")).hasValue("キーボード工科大学");
        browser.assertAccessibleAtBothWidths(page);
    }

    /**
     * Check-ins count toward the programme year they fall in. When today is past the configured year
     * (Kumamoto's profile is its FY2025 contract), the door opens on a day inside that year.
     */
    private void duringTheProgrammeYear() {
        ProgramYear year = new ProgramYear(program.fiscalYear());
        if (!year.contains(JapaneseTimes.today(clock))) {
            clock.freeze();
            clock.advance(Duration.between(clock.instant(),
                    year.end().minusMonths(1).atTime(10, 0).atZone(JapaneseTimes.ZONE).toInstant()));
        }
    }

    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            Object focused = page.locator(selector).first().evaluate("element => element === document.activeElement");
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private static void typeInto(Page page, String selector, String text) {
        tabTo(page, selector);
        page.keyboard().type(text);
    }

    private void deliver() {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(greenMail.getSmtp().getPort());
        OutboxSender sender = new OutboxSender(outbox, smtp, mailProperties, clock);
        while (sender.sendDue() > 0) {
            // until nothing is due
        }
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage single(String address) {
        List<MimeMessage> found = to(address);
        assertThat(found).as("mails to " + address).hasSize(1);
        return found.get(0);
    }

    private static String subject(MimeMessage message) throws Exception {
        return MimeUtility.decodeText(message.getSubject());
    }

    private static String plain(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = plain(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static VEvent ics(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(part.getInputStream().readAllBytes()));
            return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                try {
                    return ics(multipart.getBodyPart(i));
                } catch (AssertionError notHere) {
                    // look further
                }
            }
        }
        throw new AssertionError("no .ics in the mail");
    }
}
