package jp.musubi.workflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code consultation-matching}: closed at intake, advice only, matching with two companies
 * (one is refused), contact at the first check, contact only a month later, no contact at all, effect
 * verification; the timers on the engine clock and the Japanese calendar, across 勤労感謝の日.
 */
@WorkflowSpringBootTest
class ConsultationProcessTest {

    /** Monday 16 November 2026; 10 business days later is 1 December, because 23 November is 勤労感謝の日. */
    private static final OffsetDateTime INFORMED = OffsetDateTime.parse("2026-11-16T10:00+09:00");
    private static final OffsetDateTime FIRST_CHECK_DUE = OffsetDateTime.parse("2026-12-01T17:15+09:00");
    private static final String USER = "secretariat1";

    @Autowired
    ConsultationRequests requests;
    @Autowired
    ConsultationTasks steps;
    @Autowired
    ConsultationRepository rows;
    @Autowired
    ConsultationFigures figures;
    @Autowired
    java.util.List<jp.musubi.workflow.program.Indicator> indicators;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContentService content;
    @Autowired
    PublicationService publication;

    ConsultationFixture fixture;
    ConsultationFixture.Companies companies;

    @BeforeEach
    void companies() {
        fixture = new ConsultationFixture(content, publication, jdbc);
        companies = fixture.companies();
    }

    @AfterEach
    void realTime() {
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    @Test
    void aDuplicateIsClosedAtIntakeWithTheReasonMailed() {
        ConsultationRequest request = request("duplicate");
        long id = requests.receive(request, "MEMBER", "IN");
        Task intake = task(id, "intakeConsultation");
        assertThat(intake.getName()).isEqualTo("受付");
        assertThat(intake.getFormKey()).isEqualTo("consultation-intake");
        assertThat(tasks.createTaskQuery().taskId(intake.getId()).taskCandidateGroup("SECRETARIAT").count()).isOne();

        assertThatThrownBy(() -> steps.intake(intake.getId(), "DUPLICATE", " ", USER))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsOnly(Map.entry("closeReason", "受け付けない場合は、相談者にお送りする理由を入力してください。")));
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(ConsultationCase.RECEIVED);

        steps.intake(intake.getId(), "DUPLICATE", "同じ内容のお申し込みを11月10日に受け付けています。", USER);

        ConsultationCase closed = rows.find(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(ConsultationCase.CLOSED_AT_INTAKE);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(mails(request.email())).singleElement().satisfies(mail -> {
            assertThat(mail.get("kind")).isEqualTo("consultation-closed");
            assertThat(mail.get("subject").toString()).contains(request.topic());
            assertThat(mail.get("text_body").toString()).contains("同じ内容のお申し込みを11月10日に受け付けています。");
        });
        assertEnded(id, "closedAtIntake");

        // The case is closed: its step can no longer be done, and nothing changes.
        assertThatThrownBy(() -> steps.intake(intake.getId(), "ACCEPTED", null, USER))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsEntry("task", "この相談は既に終了しているか、この手続きは既に完了しています。"));
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(ConsultationCase.CLOSED_AT_INTAKE);
    }

    @Test
    void anOutOfScopeRequestIsClosedToo() {
        ConsultationRequest request = request("out of scope");
        long id = requests.receive(request, "NONE", "OUT");
        steps.intake(task(id, "intakeConsultation").getId(), "OUT_OF_SCOPE", "県内に事業所のある企業が対象です。", USER);
        assertThat(rows.find(id).orElseThrow().intakeOutcome()).isEqualTo("OUT_OF_SCOPE");
        assertEnded(id, "closedAtIntake");
    }

    @Test
    void adviceOnlyEndsTheCaseAfterTheAdvice() {
        long id = requests.receive(request("advice only"));
        steps.intake(task(id, "intakeConsultation").getId(), "ACCEPTED", null, USER);
        Task advice = task(id, "giveAdvice");
        assertThat(advice.getName()).isEqualTo("相談対応");

        assertThatThrownBy(() -> steps.advise(advice.getId(), "", "FAX", null, null, USER))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("advice", "adviceChannel", "matchingWanted"));

        steps.advise(advice.getId(), "まず庁内の申請書の種類と件数を棚卸ししましょう。", "PHONE", "30分", false, USER);
        ConsultationCase done = rows.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(ConsultationCase.ADVISED);
        assertThat(done.adviceChannel()).isEqualTo("PHONE");
        assertEnded(id, "adviceOnly");
        assertThat(visits(id, "organizeIssue")).isZero();
    }

    @Test
    void matchingWithTwoCompaniesContactAtTheFirstCheckAndTheEffectVerified() {
        ConsultationRequest request = request("matching");
        long id = toInform(request);

        // Suggestions come from the organized issue: the three companies, one place each, matched words marked.
        List<ConsultationSuggestion> suggestions = rows.suggestions(id);
        assertThat(suggestions).extracting(ConsultationSuggestion::organizationKey).containsAll(companies.all());
        assertThat(suggestions.stream().limit(5).map(ConsultationSuggestion::organizationKey).distinct().count())
                .isEqualTo(Math.min(5, suggestions.size()));
        assertThat(suggestions).filteredOn(s -> s.organizationKey().equals(companies.ocr())).first()
                .satisfies(s -> assertThat(s.highlightedHtml()).contains("<mark>"));
        Task inform = task(id, "informCompanies");
        assertThat(inform.getName()).isEqualTo("情報提供");

        // One company is refused: not one favoured company.
        assertThatThrownBy(() -> steps.inform(inform.getId(), Map.of(companies.ocr(), "introduce"), false, USER))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsOnly(Map.entry("companies", "紹介する企業を2社以上選んでください。特定の企業に偏らないよう、1社だけの紹介はできません。")));
        assertThat(rows.introductions(id)).isEmpty();
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(ConsultationCase.INFORMING);
        assertThat(mails(request.email())).isEmpty();

        at(INFORMED);
        Map<String, String> choice = new HashMap<>();
        choice.put(companies.ocr(), "consented");
        choice.put(companies.forms(), "introduce");
        choice.put(companies.scan(), null);
        steps.inform(inform.getId(), choice, true, USER);

        assertThat(rows.introductions(id)).extracting(ConsultationIntroduction::organizationKey)
                .containsExactlyInAnyOrder(companies.ocr(), companies.forms());
        assertThat(mails(request.email())).singleElement().satisfies(mail -> {
            assertThat(mail.get("kind")).isEqualTo("consultation-introduction");
            String body = mail.get("text_body").toString();
            assertThat(body).contains("株式会社読取テック").contains("株式会社電子申請工房").doesNotContain("株式会社紙資料デジタル")
                    .contains("プロフェッショナル人材戦略拠点").doesNotContain("担当 太郎");
        });
        assertThat(mails(ConsultationFixture.mailOf(companies.ocr()))).singleElement().satisfies(mail -> {
            assertThat(mail.get("kind")).isEqualTo("consultation-company-introduction");
            assertThat(mail.get("text_body").toString()).contains(request.organization()).contains(request.topic())
                    .doesNotContain(request.email()).doesNotContain(request.contactName());
        });
        assertThat(mails(ConsultationFixture.mailOf(companies.forms()))).as("did not agree to be introduced").isEmpty();

        // The first check: ten business days later on the Japanese calendar, on the engine clock.
        String process = processOf(id);
        assertThat(management.createTimerJobQuery().processInstanceId(process).list()).extracting(Job::getDuedate)
                .containsExactly(date(FIRST_CHECK_DUE));
        assertThat(fireTimersDueAt(FIRST_CHECK_DUE.minusHours(1), process)).isZero();
        assertThat(task(id, "checkContact")).isNull();
        assertThat(fireTimersDueAt(FIRST_CHECK_DUE.plusMinutes(1), process)).isOne();
        Task check = task(id, "checkContact");
        assertThat(check.getName()).isEqualTo("状況確認");

        assertThatThrownBy(() -> steps.followUp(check.getId(), true, " ", USER))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors()).containsOnlyKeys("contactWith"));
        steps.followUp(check.getId(), true, "株式会社読取テックと打合せ（12月3日）", USER);
        ConsultationCase contacted = rows.find(id).orElseThrow();
        assertThat(contacted.status()).isEqualTo(ConsultationCase.EFFECT);
        assertThat(contacted.contactMade()).isTrue();

        assertThat(fireTimersDueAt(FIRST_CHECK_DUE.plusMonths(4), process)).isOne();
        Task effect = task(id, "verifyEffect");
        assertThat(effect.getName()).isEqualTo("効果検証");
        steps.verifyEffect(effect.getId(), "AI-OCRを窓口の申請書3種類で本番利用中。", USER);
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(ConsultationCase.VERIFIED);
        assertEnded(id, "verified");
        assertThat(visits(id, "secondFollowUpWait")).isZero();

        // The monthly figures count it in each of its months.
        int year = ConsultationFigures.fiscalYearOf(contacted.informedAt());
        assertThat(figures.fiscalYear(year).stream().mapToLong(ConsultationFigures.MonthFigures::informed).sum()).isPositive();
        assertThat(figures.lines(java.time.YearMonth.from(contacted.informedAt().atZone(java.time.ZoneId.of("Asia/Tokyo"))),
                ConsultationFigures.Figure.INFORMED)).extracting(ConsultationFigures.Line::id).contains(id);

        // The program dashboard's indicators count it on the Japan-time day of each step, not the day before.
        java.time.LocalDate informedDay = ConsultationFigures.dayOf(contacted.informedAt());
        java.time.LocalDate contactDay = ConsultationFigures.dayOf(contacted.contactedAt());
        assertThat(indicator("consultation-companies-informed").collect(informedDay, informedDay).records())
                .extracting(jp.musubi.workflow.program.IndicatorData.CountedRecord::link)
                .contains("/admin/consultations/" + id);
        assertThat(indicator("consultation-companies-informed").collect(informedDay.minusYears(1), informedDay.minusDays(1))
                .records()).extracting(jp.musubi.workflow.program.IndicatorData.CountedRecord::link)
                .doesNotContain("/admin/consultations/" + id);
        assertThat(indicator("consultation-companies-contacted").collect(contactDay, contactDay).records())
                .extracting(jp.musubi.workflow.program.IndicatorData.CountedRecord::link)
                .contains("/admin/consultations/" + id);
    }

    private jp.musubi.workflow.program.Indicator indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void noContactAtFirstThenContactAMonthLater() {
        long id = toInform(request("second check"));
        at(INFORMED);
        steps.inform(task(id, "informCompanies").getId(), Map.of(companies.ocr(), "introduce", companies.scan(), "introduce"), false, USER);
        String process = processOf(id);
        fireTimersDueAt(FIRST_CHECK_DUE.plusMinutes(1), process);
        steps.followUp(task(id, "checkContact").getId(), false, null, USER);
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(ConsultationCase.FOLLOW_UP);

        // 20 business days after 1 December, with 年末年始 (12/29–1/3) closed: 4 January.
        assertThat(management.createTimerJobQuery().processInstanceId(process).list()).extracting(Job::getDuedate)
                .containsExactly(date(OffsetDateTime.parse("2027-01-04T17:15+09:00")));
        assertThat(fireTimersDueAt(OffsetDateTime.parse("2027-01-06T17:16+09:00"), process)).isOne();
        Task second = task(id, "checkContact");
        assertThat(second).isNotNull();
        steps.followUp(second.getId(), true, "株式会社紙資料デジタルから見積り", USER);
        ConsultationCase row = rows.find(id).orElseThrow();
        assertThat(row.followUpRound()).isEqualTo(2);
        assertThat(row.status()).isEqualTo(ConsultationCase.EFFECT);
        assertThat(visits(id, "checkContact")).isEqualTo(2);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count()).isOne();
    }

    @Test
    void noContactTwiceClosesTheCase() {
        long id = toInform(request("no contact"));
        at(INFORMED);
        steps.inform(task(id, "informCompanies").getId(), Map.of(companies.ocr(), "introduce", companies.forms(), "introduce"), false, USER);
        String process = processOf(id);
        fireTimersDueAt(FIRST_CHECK_DUE.plusMinutes(1), process);
        steps.followUp(task(id, "checkContact").getId(), false, null, USER);
        fireTimersDueAt(OffsetDateTime.parse("2027-01-06T17:16+09:00"), process);
        steps.followUp(task(id, "checkContact").getId(), false, null, USER);
        ConsultationCase row = rows.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo(ConsultationCase.NO_CONTACT);
        assertThat(row.closedAt()).isNotNull();
        assertEnded(id, "closedWithoutContact");
    }

    @Test
    void aWithdrawnCompanyOrOneNotSuggestedIsRefusedAndNothingChanges() {
        ConsultationRequest request = request("withdrawn");
        long id = toInform(request);
        fixture.withdraw(companies.forms());
        String inform = task(id, "informCompanies").getId();

        assertThatThrownBy(() -> steps.inform(inform, Map.of(companies.ocr(), "introduce", companies.forms(), "introduce"), false, USER))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors()).containsOnly(
                        Map.entry("company-" + companies.forms(), "「株式会社電子申請工房" + companies.forms().replace("-forms", "")
                                + "」は退会したため紹介できません。別の企業を選んでください。")));
        assertThatThrownBy(() -> steps.inform(inform, Map.of(companies.ocr(), "introduce", "no-such-company", "introduce"), false, USER))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsKey("company-no-such-company"));
        assertThat(rows.introductions(id)).isEmpty();
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(ConsultationCase.INFORMING);
        assertThat(mails(request.email())).isEmpty();
        assertThat(task(id, "informCompanies")).isNotNull();
    }

    @Test
    void staffRecordAConsultationThatCameByPhone() {
        ConsultationRequest request = request("phone");
        assertThatThrownBy(() -> requests.record(request, "WEB", null, null, USER)).isInstanceOf(InputRefused.class);
        long id = requests.record(request, "PHONE", "JOIN", "IN", USER);
        ConsultationCase row = rows.find(id).orElseThrow();
        assertThat(row.channel()).isEqualTo("PHONE");
        assertThat(row.membership()).isEqualTo("JOIN");
        assertThat(task(id, "intakeConsultation")).isNotNull();
    }

    private long toInform(ConsultationRequest request) {
        long id = requests.receive(request, "MEMBER", "IN");
        steps.intake(task(id, "intakeConsultation").getId(), "ACCEPTED", null, USER);
        steps.advise(task(id, "giveAdvice").getId(), "紹介できる企業があります。", "ONLINE", null, true, USER);
        Task organize = task(id, "organizeIssue");
        assertThat(organize.getName()).isEqualTo("課題整理");
        assertThatThrownBy(() -> steps.organize(organize.getId(), new ConsultationCase.OrganizedIssue(null, null, null, null, null, null), USER))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("issueBusiness", "issueCurrent", "issueGoal"));
        steps.organize(organize.getId(), new ConsultationCase.OrganizedIssue("住宅設備の施工会社（従業員30名） " + companies.marker(),
                "手書きの申請書を事務員が基幹システムに転記している", "申請書の転記作業をなくし、入力誤りを減らす",
                "100万円程度", "来年度", "ペーパーレスは段階的に"), USER);
        return id;
    }

    private static ConsultationRequest request(String what) {
        String unique = what + " " + System.nanoTime();
        return new ConsultationRequest("株式会社相談工務店", "COMPANY", "相談 花子",
                "hanako-" + Math.abs(unique.hashCode()) + "@komuten.example.jp", "096-000-0000",
                "申請書の転記をなくしたい（" + unique + "）", "紙の申請書を基幹システムに転記する作業が負担です。");
    }

    private int fireTimersDueAt(OffsetDateTime now, String process) {
        at(now);
        List<Job> due = management.createTimerJobQuery().processInstanceId(process).executable().list();
        for (Job timer : due) {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(job.getId());
        }
        return due.size();
    }

    private void at(OffsetDateTime now) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(date(now));
    }

    private static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }

    private String processOf(long id) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(ConsultationRequests.PROCESS)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
    }

    private Task task(long id, String key) {
        return tasks.createTaskQuery().processDefinitionKey(ConsultationRequests.PROCESS)
                .processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey(key).singleResult();
    }

    private long visits(long id, String activity) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processOf(id)).activityId(activity).count();
    }

    private void assertEnded(long id, String end) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .processDefinitionKey(ConsultationRequests.PROCESS).count()).isZero();
        assertThat(visits(id, end)).isOne();
    }

    private List<Map<String, Object>> mails(String recipient) {
        return jdbc.sql("SELECT id, kind, subject, text_body FROM mail_outbox WHERE recipient = ? ORDER BY id")
                .param(recipient).query().listOfRows();
    }
}
