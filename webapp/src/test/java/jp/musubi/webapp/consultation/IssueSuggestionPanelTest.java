package jp.musubi.webapp.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.issuecase.IntakeSteps;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.IssueDecision;
import jp.musubi.workflow.issuecase.NewIssue;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16: a municipal issue in its selection step (取組課題選定) gets the suggestion panel — published
 * seeds, 人材情報 and profiles ranked from the issue's words, matched words marked, no organization twice
 * in the top five — and its exposure is counted once per case however often the task is opened.
 */
@MusubiSpringBootTest
class IssueSuggestionPanelTest {

    private static final Pattern ORGANIZATION = Pattern.compile("<strong>([^<]+)</strong>：");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    IssueCases issueCases;
    @Autowired
    IntakeSteps intake;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSelectionTaskShowsSuggestionsWithMatchedWordsAndCountsTheirExposureOncePerCase() throws Exception {
        long id = issueCases.submit(new NewIssue("中小河川と農業用水路の水位を遠隔で監視したい" + System.nanoTime(), "utsunomiya",
                "河川課", "大雨のたびに職員が水路やため池の水位を見回っている。水位センサーで遠隔監視し、しきい値を超えたら通知したい。",
                "municipal", "宇都宮 花子", "kasen-" + System.nanoTime() + "@city.example.jp"));
        intake.decideHandling(id, task(id, "handlingDecision"), IssueDecision.HANDLE, null, "pref");
        intake.recordHearing(id, task(id, "issueHearing"), "対象の水路と通知先を整理した。", true, "secretariat");
        String selection = task(id, "issueSelection");

        String taskPage = page("/inbox/tasks/" + selection, "secretariat");
        String panelPath = "/admin/consultations/issue-cases/" + id + "/suggestions";
        assertThat(taskPage).contains("おすすめの企業（課題の内容から）").contains(panelPath);

        String panel = page(panelPath, "secretariat");
        assertThat(panel).contains("<mark>").contains("株式会社那須野電子").contains("/seeds/lpwa-water-level-sensor")
                .contains("一致した語");
        List<String> organizations = organizations(panel);
        assertThat(organizations).isNotEmpty().hasSizeLessThanOrEqualTo(5).doesNotHaveDuplicates();
        // No personal data of the suggested members (seeds/organizations.yml) on a staff panel either.
        assertThat(panel).doesNotContain("nasuno-denshi.example.jp\">", "@nasuno-denshi.example.jp");

        long shownOnce = exposures(id);
        assertThat(shownOnce).isEqualTo(organizations.size());
        page(panelPath, "pref");
        page("/inbox/tasks/" + selection, "pref");
        page(panelPath, "secretariat");
        assertThat(exposures(id)).as("reopening the task counts nothing more").isEqualTo(shownOnce);
    }

    @Test
    void anUnknownCaseIsNotFoundAndOtherRolesAreRefused() throws Exception {
        assertThat(status("/admin/consultations/issue-cases/999999999/suggestions", "secretariat")).isEqualTo(404);
        assertThat(status("/admin/consultations/issue-cases/1/suggestions", "member")).isEqualTo(403);
        assertThat(status("/admin/consultations/issue-cases/1/suggestions", "municipal")).isEqualTo(403);
    }

    private long exposures(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM suggestion_exposure WHERE kind = 'SUGGESTED' AND context = ?")
                .param("issue:" + caseId).query(Long.class).single();
    }

    private static List<String> organizations(String panel) {
        Matcher m = ORGANIZATION.matcher(panel);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private String task(long caseId, String key) {
        String instance = issueCases.find(caseId).orElseThrow().processInstanceId();
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult().getId();
    }

    private String page(String path, String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(login(username)))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(login(username)))).andReturn().getResponse().getStatus();
    }

    private UserDetails login(String username) {
        return accounts.loadUserByUsername(username);
    }
}
