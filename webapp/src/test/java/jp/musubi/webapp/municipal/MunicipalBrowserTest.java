package jp.musubi.webapp.municipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.mail.MailOutboxProperties;
import jp.musubi.cms.mail.OutboxSender;
import jp.musubi.cms.mail.OutboxStore;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.workflow.issuecase.IssueCaseStatus;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.Organizations;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The municipal area end to end in Chromium: 宇都宮市 submits an issue with a related document and sees
 * it 取扱判断中; the prefecture decides in the inbox; 宇都宮市 sees the new step and the comment; after
 * the selection 鹿沼市 answers the participation request and the secretariat's task shows it; the
 * secretariat schedules the ソリューション選定ヒアリング in the inbox and the invitations with their .ics reach
 * 宇都宮市 and the proposing member in GreenMail (read back with ical4j); the matched municipality sees the
 * selected company's contact, which 鹿沼市 never sees. Every page and form state passes axe-core
 * (wcag2a, wcag2aa) at 1280 and 320 px. And the issue form, used with the keyboard only.
 */
@MusubiBrowserTest
class MunicipalBrowserTest {

    /** Most Tab presses allowed to reach a control: the header, the form's earlier fields and hints. */
    private static final int MAX_TABS = 80;

    @Autowired
    IssueCases issueCases;
    @Autowired
    MunicipalTestCases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    OutboxStore outboxStore;
    @Autowired
    MailOutboxProperties mailProperties;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void anIssueGoesFromTheMunicipalityThroughTheInboxToTheMatchedCompanysContact(BrowserSession browser) throws Exception {
        String title = "観光案内所の混雑と多言語対応（ブラウザ " + Long.toString(System.nanoTime(), 36) + "）";
        Page page = browser.login("municipal", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("県・市町のページ")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("県・市町のページ").setLevel(1))).isVisible();
        accessible(browser, page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("課題を応募する").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("課題の応募").setLevel(1))).isVisible();
        accessible(browser, page);
        // Saved without a title: the error summary, and the typed department kept.
        page.getByLabel("所管課").fill("観光経済部 観光交流課");
        button(page, "下書きを保存する").click();
        assertThat(page.locator("#error-summary")).containsText("課題のタイトルを入力してください。");
        assertThat(page.getByLabel("所管課")).hasValue("観光経済部 観光交流課");
        accessible(browser, page);

        page.getByLabel("課題のタイトル").fill(title);
        page.getByLabel("課題の概要").fill("観光案内所が混雑し、多言語での案内が追いつかない。");
        page.getByLabel("背景").fill("訪日客が増えている。");
        page.getByLabel("現状").fill("職員3名が紙の地図で案内している。");
        page.getByLabel("広域連携の課題").check();
        page.getByLabel("担当者名").fill("宇都 花子");
        page.getByLabel("担当者のメールアドレス").fill("hanako@city-utsunomiya.example.jp");
        page.getByLabel("関連するデータ・資料（任意）").setInputFiles(new FilePayload("観光客数の推移.png", "image/png", png()));
        button(page, "下書きを保存する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("下書きを保存しました");
        assertThat(page.locator("main")).containsText("観光客数の推移.png を外す");
        accessible(browser, page);

        button(page, "この内容で応募する").click();
        assertThat(page.locator("#current-step")).hasText("取扱判断中");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("を応募しました");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("観光客数の推移.png"))).isVisible();
        accessible(browser, page);
        long caseId = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        page.navigate("/municipal/issues");
        assertThat(page.locator("main")).containsText(title);
        accessible(browser, page);

        // 県: 取扱判断 in the inbox, with a comment.
        logout(page);
        page = browser.login("pref", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/inbox?view=group&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("取扱判断").setExact(true)).click();
        assertThat(page.locator("main")).containsText(title);
        page.getByLabel("本プラットフォームで取り扱う").check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("コメント").setExact(true)).fill("対象地域を絞って進めましょう。");
        button(page, "入力内容で完了する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("「取扱判断」を完了しました。");

        // 宇都宮市 sees the new step and the prefecture's comment.
        logout(page);
        page = browser.login("municipal", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/municipal/issues/" + caseId);
        assertThat(page.locator("#current-step")).hasText("課題整理中");
        assertThat(page.locator("main")).containsText("取扱判断：本プラットフォームで取り扱います");
        assertThat(page.locator("main")).containsText("対象地域を絞って進めましょう。");
        accessible(browser, page);

        // After the selection, 鹿沼市 answers the participation request.
        cases.selected(caseId);
        logout(page);
        page = browser.login("municipal-kanuma", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/municipal/participation");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        accessible(browser, page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(title + "への参加意向を送信する")).click();
        assertThat(page.locator("#error-summary")).containsText("参加意向を「参加する」「参加しない」「検討中」から選んでください。");
        accessible(browser, page);
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(title + "への参加意向")).getByLabel("参加する", 
                new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
        page.locator("#field-comment-" + caseId).fill("日光方面と連携したい");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(title + "への参加意向を送信する")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("参加意向「参加する」を登録しました。");
        page.navigate("/municipal/issues/" + caseId);
        assertThat(page.locator("main")).containsText("この課題は見つかりません。ほかの市町の課題は表示できません。");
        accessible(browser, page);

        // The secretariat's next task of the selected issue shows the answer.
        cases.participationClosed(caseId);
        logout(page);
        page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/inbox/tasks/" + cases.task(caseId, "draftIssuePage"));
        assertThat(page.locator("main")).containsText("参加意向（鹿沼市）");
        assertThat(page.locator("main")).containsText("参加する（日光方面と連携したい）");

        // 那須野電子 (the demo member's organization) proposes and its proposal goes into the selection.
        Organization nasuno = organizations.find("nasuno-denshi").orElseThrow();
        cases.atSelectionHearing(caseId, nasuno.id(), nasuno.name(), "那須野 提案子", "teian@nasuno-denshi.example.jp",
                List.of());
        deliver();
        greenMail.reset();

        // The secretariat schedules the ソリューション選定ヒアリング from its inbox task; the invitations go out.
        LocalDate day = LocalDate.now(JapaneseTimes.ZONE).plusDays(10);
        page.navigate("/inbox/tasks/" + cases.task(caseId, "selectionHearing"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ソリューション選定ヒアリングを設定する")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("ソリューション選定ヒアリングの設定");
        assertThat(page.getByLabel("宇都 市太郎", new Page.GetByLabelOptions().setExact(false))).isChecked();
        page.getByLabel("佐藤 健一", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByLabel("日付").fill(day.toString());
        page.getByLabel("開始時刻").fill("10:00");
        page.getByLabel("終了時刻").fill("11:30");
        page.getByLabel("オンライン会議のURL").fill("https://meet.example.jp/tagengo");
        page.getByLabel("議題").fill("多言語案内の提案内容の説明と質疑");
        accessible(browser, page);
        button(page, "設定して招待する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("招待メールを送りました");
        accessible(browser, page);
        java.util.regex.Matcher meetingId = java.util.regex.Pattern.compile("/meetings/(\\d+)").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(meetingId.find()).isTrue();
        String meetingPath = "/meetings/" + meetingId.group(1);
        page.navigate("/meetings");
        assertThat(page.locator("main")).containsText(title);
        accessible(browser, page);
        page.navigate(meetingPath + "/edit");
        assertThat(page.getByLabel("議題")).hasValue("多言語案内の提案内容の説明と質疑");
        accessible(browser, page);

        deliver();
        Calendar toMunicipality = ics(invitation("municipal@demo.example.jp"));
        Calendar toProposer = ics(invitation("member@demo.example.jp"));
        VEvent event = toMunicipality.<VEvent>getComponent("VEVENT").orElseThrow();
        VEvent proposersEvent = toProposer.<VEvent>getComponent("VEVENT").orElseThrow();
        org.assertj.core.api.Assertions.assertThat(event.getProperty(Property.UID).map(Property::getValue).orElseThrow())
                .isNotBlank().isEqualTo(proposersEvent.getProperty(Property.UID).map(Property::getValue).orElseThrow());
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Asia/Tokyo");
        org.assertj.core.api.Assertions.assertThat(start.getValue()).isEqualTo(day.toString().replace("-", "") + "T100000");
        org.assertj.core.api.Assertions.assertThat(event.getProperties(Property.ATTENDEE).stream().map(Property::getValue))
                .contains("mailto:municipal@demo.example.jp", "mailto:member@demo.example.jp");

        // 宇都宮市 sees the hearing on its own page.
        logout(page);
        page = browser.login("municipal", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/municipal");
        assertThat(page.locator("#my-meetings-heading + ul")).containsText("ソリューション選定ヒアリング：" + title);
        assertThat(page.locator("#my-meetings-heading + ul")).containsText(JapaneseTimes.dateWithWeekday(day) + " 10:00〜11:30");
        accessible(browser, page);
        page.navigate(meetingPath);
        assertThat(page.locator("main")).containsText("多言語案内の提案内容の説明と質疑");
        accessible(browser, page);

        // Heard and selected at the ソリューション選定会議: 宇都宮市 sees the selected company's contact.
        cases.heard(caseId);
        cases.selectEvery(caseId);
        page.navigate("/municipal/issues/" + caseId);
        assertThat(page.locator("#current-step")).hasText("マッチング済");
        assertThat(page.locator("main")).containsText(nasuno.name());
        assertThat(page.locator("main")).containsText("那須野 提案子");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("teian@nasuno-denshi.example.jp"))).isVisible();
        accessible(browser, page);
        button(page, "記録する").click();
        assertThat(page.locator("#error-summary")).containsText("記録する内容を選んでください。");
        accessible(browser, page);
        page.getByLabel("個別協議を開始した").check();
        button(page, "記録する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("「個別協議を開始した」を記録しました。");
        accessible(browser, page);
        org.assertj.core.api.Assertions.assertThat(issueCases.find(caseId).orElseThrow().status()).isEqualTo(IssueCaseStatus.MATCHED);

        // 鹿沼市 never sees the matched company's contact person.
        logout(page);
        page = browser.login("municipal-kanuma", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/municipal/issues/" + caseId);
        assertThat(page.locator("main")).containsText("この課題は見つかりません。");
        assertThat(page.locator("main")).not().containsText("那須野 提案子");
        for (String path : List.of("/municipal", "/municipal/issues", "/municipal/participation")) {
            page.navigate(path);
            assertThat(page.locator("main")).not().containsText("那須野 提案子");
            assertThat(page.locator("main")).not().containsText("teian@nasuno-denshi.example.jp");
        }
    }

    @Test
    void theRoundsPageAndItsErrorStateAreAccessible(BrowserSession browser) {
        Page page = browser.login("pref", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/admin/issue-rounds");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("課題募集").setLevel(1))).isVisible();
        accessible(browser, page);
        page.getByLabel("募集の名称").fill("ブラウザ確認の課題募集");
        button(page, "登録する").click();
        assertThat(page.locator("#error-summary")).containsText("受付開始日を入力してください。");
        assertThat(page.getByLabel("募集の名称")).hasValue("ブラウザ確認の課題募集");
        accessible(browser, page);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM issue_round WHERE title = ?")
                .param("ブラウザ確認の課題募集").query(Long.class).single()).isZero();
    }

    @Test
    void theIssueFormIsFilledAndSubmittedWithTheKeyboardOnly(BrowserSession browser) {
        String title = "キーボードで応募する課題（" + Long.toString(System.nanoTime(), 36) + "）";
        Page page = browser.login("municipal", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/municipal/issues/new");
        typeInto(page, "#field-title", title);
        typeInto(page, "#field-department", "総合政策部 デジタル推進課");
        typeInto(page, "#field-summary", "申請書の転記作業が多い。");
        typeInto(page, "#field-background", "窓口の申請が増えている。");
        typeInto(page, "#field-currentSituation", "職員が手入力している。");
        tabTo(page, "#scope-local");
        page.keyboard().press("Space");
        typeInto(page, "#field-contactName", "鍵盤 花子");
        typeInto(page, "#field-contactEmail", "kenban@city-utsunomiya.example.jp");
        tabTo(page, "button:has-text('下書きを保存する')");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("下書きを保存しました");
        assertThat(page.locator("#scope-local")).isChecked();
        tabTo(page, "button:has-text('この内容で応募する')");
        page.keyboard().press("Enter");
        assertThat(page.locator("#current-step")).hasText("取扱判断中");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
    }

    /** axe-core (wcag2a, wcag2aa) at 1280 and at 320 px. */
    private static void accessible(BrowserSession browser, Page page) {
        page.setViewportSize(1280, 900);
        browser.assertAccessible(page);
        page.setViewportSize(320, 640);
        browser.assertAccessible(page);
        page.setViewportSize(1280, 900);
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void logout(Page page) {
        button(page, "ログアウト").click();
        page.waitForURL(url -> !url.contains("/municipal") && !url.contains("/inbox"));
    }

    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            Object reached = page.locator(selector).first().evaluate("element => element === document.activeElement");
            if (Boolean.TRUE.equals(reached)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector + " on " + page.url());
    }

    private static void typeInto(Page page, String selector, String text) {
        tabTo(page, selector);
        page.keyboard().type(text);
    }

    /** Sends the outbox's due mails to GreenMail, as the outbox job would. */
    private void deliver() {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(greenMail.getSmtp().getPort());
        new OutboxSender(outboxStore, smtp, mailProperties, Clock.systemUTC()).sendDue();
    }

    /** The one mail to {@code address} that carries an .ics. */
    private static MimeMessage invitation(String address) {
        List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address) && calendarPart(m) != null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        org.assertj.core.api.Assertions.assertThat(found).as("invitations to " + address).hasSize(1);
        return found.get(0);
    }

    private static Part calendarPart(MimeMessage message) throws Exception {
        if (!(message.getContent() instanceof Multipart mixed)) {
            return null;
        }
        for (int i = 0; i < mixed.getCount(); i++) {
            if (mixed.getBodyPart(i).isMimeType("text/calendar")) {
                return mixed.getBodyPart(i);
            }
        }
        return null;
    }

    private static Calendar ics(MimeMessage message) throws Exception {
        try (var in = calendarPart(message).getInputStream()) {
            return new CalendarBuilder().build(new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
