package jp.musubi.webapp.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@MusubiSpringBootTest
class ModelerApiTest {

    private static final String DEPLOY = "/api/modeler/processes/issue-to-matching/deployments";
    private static final String CHECK = "/api/modeler/processes/issue-to-matching/check";

    @Autowired
    java.util.List<jp.musubi.workflow.delegate.ProcessDelegate> delegates;
    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    org.flowable.engine.RepositoryService repository;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    jp.musubi.workflow.issuecase.IssueCases issueCases;
    @Autowired
    jp.musubi.cms.content.ContentService content;

    private ModelerDiagrams diagrams;
    private int before;

    @BeforeEach
    void rememberVersion() {
        diagrams = new ModelerDiagrams(repository, jdbc, issueCases, content);
        before = diagrams.latestVersion();
    }

    @AfterEach
    void undeploy() {
        diagrams.undeployAfter(before);
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername(username))).with(csrf());
    }

    private static MockHttpServletRequestBuilder xml(MockHttpServletRequestBuilder request, String xml) {
        return request.contentType(MediaType.APPLICATION_XML).content(xml);
    }

    @Test
    void theProcessOwnerChecksSeesTheDiffAndDeploys() throws Exception {
        String xml = ModelerDiagrams.renamed("取扱判断（API）");

        mvc.perform(as("owner", xml(post(CHECK), xml)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baseVersion").value(before))
                .andExpect(jsonPath("$.diff.changed[0].id").value("handlingDecision"))
                .andExpect(jsonPath("$.diff.changed[0].details[0]").value("名前: 取扱判断 → 取扱判断（API）"))
                .andExpect(jsonPath("$.diff.added").isEmpty());
        assertThat(diagrams.latestVersion()).as("checking deploys nothing").isEqualTo(before);

        mvc.perform(as("owner", xml(post(DEPLOY + "?baseVersion=" + before), xml)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/modeler/issue-to-matching/diagram.bpmn?version=" + (before + 1)))
                .andExpect(jsonPath("$.version").value(before + 1));

        assertThat(diagrams.latestVersion()).isEqualTo(before + 1);
        mvc.perform(as("owner", get("/modeler/issue-to-matching/diagram.bpmn")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("issue-to-matching.bpmn20.xml")))
                .andExpect(content().string(containsString("取扱判断（API）")));
        mvc.perform(as("owner", get("/modeler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("課題からマッチングまで")))
                .andExpect(content().string(containsString("<td>owner</td>")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "secretariat", "pref", "editor"})
    void onlyTheProcessOwnerMayDeploy(String username) throws Exception {
        long deployments = diagrams.deploymentCount();

        mvc.perform(as(username, xml(post(DEPLOY), ModelerDiagrams.renamed("権限のない変更"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("権限がありません"));

        assertThat(diagrams.deploymentCount()).isEqualTo(deployments);
        assertThat(diagrams.latestVersion()).isEqualTo(before);
    }

    @Test
    void anUnsafeDiagramIsRefusedInJapanesePointingAtTheElementAndNothingIsDeployed() throws Exception {
        long deployments = diagrams.deploymentCount();
        String withClass = ModelerDiagrams.replaceOnce(ModelerDiagrams.issueToMatching(),
                "flowable:delegateExpression=\"${issueDecisionNotifier}\"", "flowable:class=\"org.example.Anything\"");

        mvc.perform(as("owner", xml(post(DEPLOY), withClass)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("このダイアグラムはデプロイできません"))
                .andExpect(jsonPath("$.detail", containsString("何もデプロイされていません")))
                .andExpect(jsonPath("$.errors[0].elementId").value("notifyHandlingDecision"))
                .andExpect(jsonPath("$.errors[0].description", startsWith("要素「取扱判断結果の通知（notifyHandlingDecision）」: Java クラスの指定")));

        String withCall = ModelerDiagrams.replaceOnce(ModelerDiagrams.issueToMatching(), "${handlingDecision == 'HANDLE'}",
                "${handlingDecision.toString() == 'HANDLE'}");
        mvc.perform(as("owner", xml(post(CHECK), withCall)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].elementId", hasItem("handle")))
                .andExpect(jsonPath("$.errors[0].message", containsString("メソッドや関数の呼び出し")));

        assertThat(diagrams.deploymentCount()).isEqualTo(deployments);
    }

    static java.util.List<HostileDiagrams.Hostile> hostile() {
        return HostileDiagrams.all();
    }

    /** Security issue #22: ways past the "no scripts" rule, refused by the check and by the deployment. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aWayPastTheNoScriptsRuleIsRefusedByCheckAndDeploymentAndNothingIsDeployed(HostileDiagrams.Hostile hostile)
            throws Exception {
        long deployments = diagrams.deploymentCount();
        long definitions = diagrams.definitionCount();
        String errorsOfElement = "$.errors[?(@.elementId == '" + hostile.elementId() + "')]";
        Matcher<Iterable<? super String>> describesIt = hasItem(allOf(
                startsWith("要素「" + hostile.elementName() + "（" + hostile.elementId() + "）」: "), containsString(hostile.message())));

        mvc.perform(as("owner", xml(post(CHECK), hostile.xml())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath(errorsOfElement + ".description", describesIt))
                .andExpect(jsonPath(errorsOfElement + ".elementName", hasItem(hostile.elementName())));
        mvc.perform(as("owner", xml(post(DEPLOY + "?baseVersion=" + before), hostile.xml())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("このダイアグラムはデプロイできません"))
                .andExpect(jsonPath("$.detail", containsString("何もデプロイされていません")))
                .andExpect(jsonPath(errorsOfElement + ".description", describesIt));

        assertThat(diagrams.deploymentCount()).isEqualTo(deployments);
        assertThat(diagrams.definitionCount()).isEqualTo(definitions);
        assertThat(diagrams.latestVersion()).isEqualTo(before);
    }

    @Test
    void emptyBrokenStaleAndUnknownAreExplained() throws Exception {
        mvc.perform(as("owner", xml(post(DEPLOY), "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", startsWith("ダイアグラムが空です")));
        mvc.perform(as("owner", xml(post(CHECK), "<definitions><process>")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", startsWith("XML として読み込めません")));
        mvc.perform(as("owner", xml(post(DEPLOY + "?baseVersion=" + (before - 1)), ModelerDiagrams.renamed("古い版から"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("新しいバージョンがデプロイされています"));
        mvc.perform(as("owner", xml(post("/api/modeler/processes/no-such-process/check"), ModelerDiagrams.issueToMatching())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("プロセスが見つかりません"));
        mvc.perform(as("owner", get("/modeler/no-such-process"))).andExpect(status().isNotFound());
        assertThat(diagrams.latestVersion()).isEqualTo(before);
    }

    @Test
    void choicesComeFromTheRegistry() throws Exception {
        mvc.perform(as("owner", get("/api/modeler/choices")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delegates[*].name", hasItem("issuePagePublisher")))
                // Every delegate a feature contributes, none listed by hand.
                .andExpect(jsonPath("$.delegates.length()").value(delegates.size()))
                .andExpect(jsonPath("$.delegates[*].name", hasItem("minutesOverdueDelegate")))
                .andExpect(jsonPath("$.delegates[?(@.name == 'issuePagePublisher')].label", hasItem("課題ページの公開（募集中）")))
                .andExpect(jsonPath("$.roles[*].name", hasItem("SECRETARIAT")))
                .andExpect(jsonPath("$.formKeys", hasItem("issue-handling-decision")))
                .andExpect(jsonPath("$.calendars", hasItem("japanese")));
    }
}
