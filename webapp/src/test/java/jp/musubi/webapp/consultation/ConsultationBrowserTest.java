package jp.musubi.webapp.consultation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import jp.musubi.cms.mail.MailOutboxProperties;
import jp.musubi.cms.mail.OutboxSender;
import jp.musubi.cms.mail.OutboxStore;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.webapp.support.Programme;
import jp.musubi.workflow.consultation.ConsultationFigures;
import jp.musubi.workflow.consultation.ConsultationRequests;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A company sends /consultation; the secretariat accepts it, advises, organizes the issue, picks two of the
 * suggested companies and sends the introduction; the requester's mail (through SMTP) names both and nothing
 * of another requester; the follow-up task appears after the business days; the monthly report counts it.
 * {@link KumamotoConsultationBrowserTest} walks the same journey on the Kumamoto consortium.
 */
@MusubiBrowserTest
class ConsultationBrowserTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxStore outbox;
    @Autowired
    MailOutboxProperties mailProperties;
    @Autowired
    Clock clock;
    @Autowired
    ConsultationCases cases;

    /** The programme the journey runs on; a subclass runs it on another. */
    protected Programme programme() {
        return Programme.TOCHIGI;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void fromTheFormToTheIntroductionTheFollowUpAndTheReport(BrowserSession browser) throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        String topic = "申請書の転記をなくしたい " + unique;
        String requester = "req-" + unique + "@kogyo.example.jp";
        // Another requester's consultation, informed too: none of it may reach our requester.
        String other = "other-" + unique + "@example.jp";
        long otherId = cases.organized(ConsultationCases.request("他社の相談 " + unique, other));
        cases.informed(otherId);

        Page form = browser.open("/consultation");
        form.getByLabel("組織名（" + programme().localGovernmentTerm() + "名・会社名など）").fill(programme().companyName());
        form.getByLabel("ご相談者の区分").selectOption("COMPANY");
        form.getByLabel("ご担当者名").fill(programme().personName());
        form.getByLabel("メールアドレス").fill(requester);
        form.getByLabel("会員登録").selectOption("MEMBER");
        form.getByLabel("県内の事業所").selectOption("IN");
        form.getByLabel("ご相談のテーマ").fill(topic);
        form.getByLabel("ご相談の内容").fill("手書きの申請書を基幹システムに転記する作業が負担です。AI-OCRなどで減らせないでしょうか。");
        form.getByLabel("プライバシーポリシーに同意する").check();
        button(form, "入力内容を確認する").click();
        button(form, "送信する").click();
        assertThat(form.getByRole(AriaRole.STATUS)).containsText("受け付けました");
        long id = jdbc.sql("SELECT id FROM consultation_request WHERE topic = ?").param(topic).query(Long.class).single();
        form.close();

        Page page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");

        open(page, id, "intakeConsultation");
        assertThat(page.locator("main")).containsText(programme().companyName());
        browser.assertAccessible(page);
        page.getByLabel("受け付ける").check();
        complete(page, "受付");

        open(page, id, "giveAdvice");
        page.getByLabel("助言の内容").fill("AI-OCRで読み取り、転記作業を減らす方法があります。");
        page.getByLabel("対応方法").selectOption("PHONE");
        page.getByLabel("希望する（課題整理に進む）").check();
        complete(page, "相談対応");

        open(page, id, "organizeIssue");
        page.getByLabel("事業の内容").fill("部品加工業（従業員40名）");
        page.getByLabel("現状").fill("手書きの申請書を事務員が基幹システムに転記している");
        page.getByLabel("目指す姿").fill("申請書の転記作業と入力誤りを減らす");
        complete(page, "課題整理");

        open(page, id, "informCompanies");
        Locator choices = page.locator("select[name^='company-']");
        assertThat(choices.first()).isVisible();
        browser.assertAccessible(page);
        // One company is refused, in Japanese, and nothing is sent.
        choices.nth(0).selectOption("introduce");
        button(page, "入力内容で完了する").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("2社以上選んでください");
        browser.assertAccessible(page);
        String first = labelOf(page, choices.nth(0));
        String second = labelOf(page, choices.nth(1));
        choices.nth(0).selectOption("introduce");
        choices.nth(1).selectOption("introduce");
        complete(page, "情報提供");

        // The detail page shows the suggestions with the matched words marked.
        page.navigate(browser.baseUrl() + "/admin/consultations/" + id);
        assertThat(page.locator("#suggestions + p + ol mark").first()).isVisible();
        browser.assertAccessible(page);

        // The introduction leaves through SMTP.
        OutboxSender sender = new OutboxSender(outbox, smtp(greenMail.getSmtp().getPort()), mailProperties, clock);
        while (sender.sendDue() > 0) {
            // until the outbox holds nothing due
        }
        List<MimeMessage> toRequester = java.util.Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipient(m).equals(requester)).toList();
        // The form's receipt, then the introduction.
        assertThat(toRequester).hasSize(2);
        List<MimeMessage> introductions = toRequester.stream().filter(m -> subject(m).endsWith("企業のご紹介")).toList();
        assertThat(introductions).hasSize(1);
        String mail = plain(introductions.get(0));
        assertThat(mail).contains(first).contains(second).contains(topic)
                .doesNotContain(other).doesNotContain("他社の相談").doesNotContain("報告 次郎");

        // The follow-up appears after the business days (engine clock), not before.
        String process = jdbc.sql("SELECT process_instance_id FROM consultation_request WHERE id = ?").param(id)
                .query(String.class).single();
        assertThat(tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("checkContact").count()).isZero();
        try {
            engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(30))));
            for (Job timer : management.createTimerJobQuery().processInstanceId(process).executable().list()) {
                management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
            }
        } finally {
            engine.getProcessEngineConfiguration().getClock().reset();
        }
        open(page, id, "checkContact");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(topic);
        browser.assertAccessible(page);

        // The monthly report counts it, and lists it behind 情報提供.
        YearMonth month = YearMonth.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
        int year = ConsultationFigures.fiscalYearOf(clock.instant());
        page.navigate(browser.baseUrl() + "/admin/consultations/report?year=" + year);
        browser.assertAccessible(page);
        page.navigate(browser.baseUrl() + "/admin/consultations/report?year=" + year + "&month=" + month + "&figure=INFORMED");
        assertThat(page.locator("#lines-heading")).containsText("情報提供の内訳");
        assertThat(page.locator("main table").last()).containsText(topic);
        browser.assertAccessible(page);

        page.navigate(browser.baseUrl() + "/admin/consultations");
        assertThat(page.locator("main")).containsText(topic);
        browser.assertAccessible(page);
        page.navigate(browser.baseUrl() + "/admin/consultations/new");
        browser.assertAccessible(page);
        button(page, "記録して受付に回す").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("入力内容を確認してください");
        browser.assertAccessible(page);
    }

    private void open(Page page, long id, String taskKey) {
        Task task = tasks.createTaskQuery().processDefinitionKey(ConsultationRequests.PROCESS)
                .processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        page.navigate(page.url().replaceAll("(https?://[^/]+).*", "$1") + "/inbox/tasks/" + task.getId());
    }

    private static void complete(Page page, String name) {
        button(page, "入力内容で完了する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("「" + name + "」を完了しました。");
    }

    /** The organization's name in a choice's label: 「n位　name「title」（一致した語：…）」. */
    private static String labelOf(Page page, Locator select) {
        String label = page.locator("label[for='" + select.getAttribute("id") + "']").innerText();
        String afterPlace = label.substring(label.indexOf('位') + 2);
        return afterPlace.substring(0, afterPlace.indexOf('「'));
    }

    private static JavaMailSenderImpl smtp(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain part as a mail client shows it. */
    private static String plain(MimeMessage message) throws Exception {
        return plainOf(message);
    }

    private static String plainOf(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = plainOf(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
