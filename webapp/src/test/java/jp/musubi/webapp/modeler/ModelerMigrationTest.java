package jp.musubi.webapp.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.modeler.DiagramDeployments;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Migration moves every running case of a version, so these tests use a process of their own (a copy
 * of issue-to-matching under a unique key) and leave the cases of other tests alone.
 */
@MusubiSpringBootTest
class ModelerMigrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DiagramDeployments deployments;
    @Autowired
    JdbcClient jdbc;

    private final List<String> deployed = new ArrayList<>();

    @AfterEach
    void undeploy() {
        for (String id : deployed) {
            repository.deleteDeployment(id, true);
            jdbc.sql("DELETE FROM modeler_deployment WHERE deployment_id = ?").param(id).update();
        }
    }

    private String ownProcessWithARunningCase() {
        String key = "modeler-web-migration-" + System.nanoTime();
        deployed.add(repository.createDeployment().name("test " + key)
                .addString(key + ".bpmn20.xml", asProcess(ModelerDiagrams.issueToMatching(), key)).deploy().getId());
        runtime.startProcessInstanceByKey(key, Map.of("issueCaseId", -1L));
        return key;
    }

    private static String asProcess(String xml, String key) {
        return ModelerDiagrams.replaceOnce(xml, "id=\"issue-to-matching\"", "id=\"" + key + "\"");
    }

    private String definitionOfTheCase(String key) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(key).singleResult().getProcessDefinitionId();
    }

    @Test
    void theProcessOwnerMovesRunningCasesToTheNewVersion() throws Exception {
        String key = ownProcessWithARunningCase();
        var version = deployments.deploy(key, asProcess(ModelerDiagrams.renamed("移行後の名前"), key), 1, "owner");
        deployed.add(version.deploymentId());

        mvc.perform(post("/modeler/" + key + "/migrations").param("fromVersion", "1")
                        .with(user(accounts.loadUserByUsername("owner"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/modeler"))
                .andExpect(flash().attribute("migrationDone", "バージョン 1 の実行中のケース 1 件を最新のバージョンに移しました。"));

        assertThat(definitionOfTheCase(key)).isEqualTo(version.definitionId());
    }

    @Test
    void anUnsafeMigrationMovesNothingAndSaysWhyInJapanese() throws Exception {
        String key = ownProcessWithARunningCase();
        String before = definitionOfTheCase(key);
        String xml = asProcess(ModelerDiagrams.issueToMatching(), key).replace("\"handlingDecision\"", "\"handlingDecisionV2\"");
        deployed.add(deployments.deploy(key, xml, 1, "owner").deploymentId());

        mvc.perform(post("/modeler/" + key + "/migrations").param("fromVersion", "1")
                        .with(user(accounts.loadUserByUsername("owner"))).with(csrf()))
                .andExpect(redirectedUrl("/modeler"))
                .andExpect(flash().attribute("migrationErrors",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("実行中のケースを新しいバージョンに移せません"))));
        mvc.perform(post("/modeler/" + key + "/migrations").param("fromVersion", "一")
                        .with(user(accounts.loadUserByUsername("owner"))).with(csrf()))
                .andExpect(flash().attribute("migrationErrors", List.of("移行元のバージョンを選んでください。")));

        assertThat(definitionOfTheCase(key)).isEqualTo(before);
    }

    @Test
    void othersMayNotMigrate() throws Exception {
        String key = ownProcessWithARunningCase();
        String before = definitionOfTheCase(key);
        deployed.add(deployments.deploy(key, asProcess(ModelerDiagrams.renamed("権限なし"), key), 1, "owner").deploymentId());

        mvc.perform(post("/modeler/" + key + "/migrations").param("fromVersion", "1")
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(definitionOfTheCase(key)).isEqualTo(before);
    }
}
