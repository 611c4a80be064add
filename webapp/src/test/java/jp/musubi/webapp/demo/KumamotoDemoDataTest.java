package jp.musubi.webapp.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.webapp.support.KumamotoSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.consultation.ConsultationRequests;
import jp.musubi.workflow.membership.OrganizationRepository;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With the kumamoto profile the demo data is seeds/kumamoto/: its members, none of Tochigi's, a ledger to import,
 * a consultation at each step of its process and a survey with answers.
 */
@KumamotoSpringBootTest
class KumamotoDemoDataTest {

    private static final Path SEEDS = Path.of("..", "seeds", "kumamoto");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    /** The status the secretariat's list shows for a case at each step of consultations.yml. */
    private static final Map<String, String> STATUS_AT_STEP = Map.of(
            "intakeConsultation", "受付待ち", "giveAdvice", "相談対応中", "organizeIssue", "課題整理中",
            "informCompanies", "情報提供中", "checkContact", "状況確認待ち", "verifyEffect", "効果検証待ち",
            "closedAtIntake", "受付終了", "adviceOnly", "助言で完了", "closedWithoutContact", "接触なしで終了",
            "verified", "効果検証済み");
    private static final List<String> USER_TASKS = List.of("intakeConsultation", "giveAdvice", "organizeIssue",
            "informCompanies", "checkContact", "verifyEffect");

    @Test
    void theRegistryHoldsKumamotosMembersAndNoneOfTochigis() throws Exception {
        List<String> keys = Pattern.compile("(?m)^  - key: (\\S+)$").matcher(Files.readString(SEEDS.resolve("organizations.yml")))
                .results().map(match -> match.group(1)).toList();
        assertThat(keys).hasSize(25);
        assertThat(organizations.findAll()).filteredOn(org -> keys.contains(org.key())).hasSize(25);
        assertThat(organizations.findAll()).extracting(org -> org.name()).contains("株式会社肥後電子")
                .doesNotContain("株式会社那須野電子");
        assertThat(accounts.loadUserByUsername("member")).isNotNull();
    }

    @Test
    void theDeliveryApiHoldsThe45MunicipalitiesAndTheDemoContentNeverSaysTochigi() throws Exception {
        mvc.perform(get("/.rest/delivery/municipalities").param("limit", "100"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(45));
        for (String workspace : List.of("members", "seeds", "talents", "articles", "events", "pages")) {
            String json = mvc.perform(get("/.rest/delivery/" + workspace).param("limit", "100"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(json).as(workspace).contains("熊本").doesNotContain("栃木").doesNotContain("とちぎ");
        }
    }

    @Test
    void theMembersDirectoryShowsKumamotosMembers() throws Exception {
        String html = mvc.perform(get("/members")).andReturn().getResponse().getContentAsString();
        // The footer's programme name is the profile's wording (another part of issue #18): only the members are checked.
        assertThat(html).contains("株式会社肥後電子").contains("肥後工業大学").doesNotContain("株式会社那須野電子");
    }

    @Test
    void theGeneratedLedgerOf640MembersPreviewsWithoutARefusedRow() throws Exception {
        byte[] ledger = Files.readAllBytes(SEEDS.resolve("ledger-640.csv"));
        MockHttpServletResponse preview = mvc.perform(multipart("/admin/members/import")
                .file(new MockMultipartFile("file", "ledger-640.csv", "text/csv", ledger))
                .with(csrf()).with(user(accounts.loadUserByUsername("secretariat")))).andReturn().getResponse();
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentAsString()).contains("640件を取り込めます").doesNotContain("行目：");
    }

    @Test
    void theSecretariatSeesAConsultationAtEachStepOfTheProcess() throws Exception {
        // organization → step, in the file's order
        Map<String, String> stepOf = new LinkedHashMap<>();
        Matcher entries = Pattern.compile("(?m)^  - step: (\\S+)\\R(?:    (?!organization:).*\\R)*    organization: (.+)$")
                .matcher(Files.readString(SEEDS.resolve("consultations.yml")));
        while (entries.find()) {
            stepOf.put(entries.group(2).strip(), entries.group(1));
        }
        assertThat(stepOf.values()).containsExactlyInAnyOrderElementsOf(STATUS_AT_STEP.keySet());

        String list = mvc.perform(get("/admin/consultations").with(user(accounts.loadUserByUsername("secretariat"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (Map.Entry<String, String> demo : stepOf.entrySet()) {
            Matcher row = Pattern.compile("(?s)<tr>(?:(?!</tr>).)*<td>" + Pattern.quote(demo.getKey()) + "</td>(?:(?!</tr>).)*</tr>")
                    .matcher(list);
            assertThat(row.find()).as("row of %s on /admin/consultations", demo.getKey()).isTrue();
            assertThat(row.group()).as("status of %s", demo.getKey()).contains("<td>" + STATUS_AT_STEP.get(demo.getValue()) + "</td>");

            List<Long> ids = jdbc.sql("SELECT id FROM consultation_request WHERE organization = ?").param(demo.getKey())
                    .query(Long.class).list();
            assertThat(ids).as("consultations of %s", demo.getKey()).hasSize(1);
            String businessKey = String.valueOf(ids.get(0));
            List<Task> open = tasks.createTaskQuery().processDefinitionKey(ConsultationRequests.PROCESS)
                    .processInstanceBusinessKey(businessKey).list();
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(ConsultationRequests.PROCESS).processInstanceBusinessKey(businessKey).singleResult();
            if (USER_TASKS.contains(demo.getValue())) {
                assertThat(open).as("open task of %s", demo.getKey()).singleElement()
                        .satisfies(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo(demo.getValue()));
            } else {
                assertThat(open).as("open tasks of %s", demo.getKey()).isEmpty();
                assertThat(instance.getEndTime()).as("end of %s", demo.getKey()).isNotNull();
                assertThat(instance.getEndActivityId()).as("end of %s", demo.getKey()).isEqualTo(demo.getValue());
            }
        }
        // The introductions went out by mail, to the requesters and to the companies that agreed to be introduced.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
                .param("iwashita@amakusa-fukushi.example.jp").query(Long.class).single()).isPositive();
    }

    @Test
    void theSurveyWasSentToTwelveMembersAndItsResultsShowTheFiveAnswers() throws Exception {
        var secretariat = user(accounts.loadUserByUsername("secretariat"));
        String list = mvc.perform(get("/admin/surveys").with(secretariat))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("href=\"/admin/surveys/(\\d+)\">県内企業のDX取組状況調査</a>").matcher(list);
        assertThat(link.find()).as("the survey on /admin/surveys").isTrue();
        String id = link.group(1);

        String results = mvc.perform(get("/admin/surveys/" + id + "/results").with(secretariat))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(results).contains("回答 5件 / 対象 12件（招待済み 12件）").contains("回答者数：5件")
                // 問2 is asked only of those who answered 取り組んでいる
                .contains("回答者数：3件")
                .contains("製造業の会員どうしで導入事例を共有できる勉強会を開いてほしい。")
                .contains("自由記述の回答（3件）");
        assertThat(results).containsPattern("<th scope=\"row\">取り組んでいる</th>\\s*<td>3</td>")
                .containsPattern("<th scope=\"row\">デジタル人材が不足している</th>\\s*<td>2</td>");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'survey-invitation' AND recipient = ?")
                .param("contact01@higo-denshi.example.jp").query(Long.class).single()).isEqualTo(1);
    }
}
