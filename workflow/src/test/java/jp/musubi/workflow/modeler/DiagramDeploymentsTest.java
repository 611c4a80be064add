package jp.musubi.workflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jp.musubi.cms.content.ContentService;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.NewIssue;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.spring.configurator.DefaultAutoDeploymentStrategy;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

@WorkflowSpringBootTest
class DiagramDeploymentsTest {

    @Autowired
    DiagramDeployments deployments;
    @Autowired
    ProcessCatalog catalog;
    @Autowired
    IssueCases issueCases;
    @Autowired
    ContentService content;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseMigrations migrations;
    @Autowired
    org.flowable.engine.RuntimeService runtime;

    private final List<String> deployed = new ArrayList<>();

    /** Removes this test's versions (and the cases on them) so that other tests start on the product's diagrams. */
    @AfterEach
    void undeploy() {
        for (String id : deployed) {
            repository.deleteDeployment(id, true);
            jdbc.sql("DELETE FROM modeler_deployment WHERE deployment_id = ?").param(id).update();
        }
    }

    @Test
    void anEditedDiagramDeploysAsANewVersionAndNewCasesRunOnIt() {
        int before = catalog.process("issue-to-matching").orElseThrow().latest().version();
        String xml = Diagrams.withRenamedHandlingDecision("取扱いの判断（改訂）");

        DiagramPreview preview = deployments.preview("issue-to-matching", xml);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.baseVersion()).isEqualTo(before);
        assertThat(preview.diff().added()).isEmpty();
        assertThat(preview.diff().removed()).isEmpty();
        assertThat(preview.diff().changed()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("handlingDecision");
            assertThat(change.type()).isEqualTo("ユーザータスク");
            assertThat(change.details()).containsExactly("名前: 取扱判断 → 取扱いの判断（改訂）");
        });

        DeployedVersion version = remember(deployments.deploy("issue-to-matching", xml, before, "owner"));

        assertThat(version.version()).isEqualTo(before + 1);
        ProcessVersion latest = catalog.process("issue-to-matching").orElseThrow().latest();
        assertThat(latest.version()).isEqualTo(before + 1);
        assertThat(latest.deployedBy()).isEqualTo("owner");
        assertThat(latest.running()).isZero();

        long caseId = submitIssue();
        IssueCase issueCase = issueCases.find(caseId).orElseThrow();
        Task task = tasks.createTaskQuery().processInstanceId(issueCase.processInstanceId()).singleResult();
        assertThat(task.getName()).isEqualTo("取扱いの判断（改訂）");
        assertThat(task.getProcessDefinitionId()).isEqualTo(version.definitionId());
        assertThat(catalog.process("issue-to-matching").orElseThrow().latest().running()).isOne();
    }

    @Test
    void unsafeDiagramsAreRefusedAndNothingIsDeployed() {
        long deploymentsBefore = repository.createDeploymentQuery().count();
        int versionBefore = catalog.process("issue-to-matching").orElseThrow().latest().version();

        for (Supplier<String> unsafe : List.<Supplier<String>>of(Diagrams::withScriptTask, Diagrams::withJavaClass,
                Diagrams::withMethodCall)) {
            assertThatThrownBy(() -> deployments.deploy("issue-to-matching", unsafe.get(), versionBefore, "owner"))
                    .isInstanceOfSatisfying(DiagramRefusedException.class,
                            refused -> assertThat(refused.problems()).isNotEmpty());
        }

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(catalog.process("issue-to-matching").orElseThrow().latest().version()).isEqualTo(versionBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM modeler_deployment WHERE process_key = 'issue-to-matching'")
                .query(Long.class).single()).isEqualTo(0L + deployed.size());
    }

    @Test
    void aVersionDeployedMeanwhileIsNotOverwrittenUnseen() {
        int before = catalog.process("issue-to-matching").orElseThrow().latest().version();
        remember(deployments.deploy("issue-to-matching", Diagrams.withRenamedHandlingDecision("版A"), before, "owner"));

        assertThatThrownBy(() -> deployments.deploy("issue-to-matching", Diagrams.withRenamedHandlingDecision("版B"), before, "owner"))
                .isInstanceOfSatisfying(StaleVersionException.class, stale -> assertThat(stale.latestVersion()).isEqualTo(before + 1));
    }

    @Test
    void anUnknownProcessCannotBeDeployedFromTheModeler() {
        assertThatThrownBy(() -> deployments.deploy("no-such-process", Diagrams.issueToMatching(), null, "owner"))
                .isInstanceOf(UnknownProcessException.class);
    }

    /**
     * The start-up auto-deployment (Flowable's default mode: one deployment of all diagrams, filtered
     * for duplicates against its own previous deployment) run again after a modeler deployment — as at
     * the next start with unchanged diagrams — deploys nothing, so the modeler's version stays current.
     */
    @Test
    void theNextStartupAutoDeploymentLeavesAModelerVersionCurrent() throws Exception {
        int before = catalog.process("issue-to-matching").orElseThrow().latest().version();
        DeployedVersion version = remember(deployments.deploy("issue-to-matching",
                Diagrams.withRenamedHandlingDecision("再起動後も残る名前"), before, "owner"));
        long deploymentsAfter = repository.createDeploymentQuery().count();
        assertThat(repository.createDeploymentQuery().deploymentName("SpringBootAutoDeployment").count()).isPositive();

        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:/processes/**.bpmn20.xml");
        assertThat(Arrays.stream(resources).map(Resource::getFilename)).contains("issue-to-matching.bpmn20.xml");
        new DefaultAutoDeploymentStrategy().deployResources("SpringBootAutoDeployment", resources, engine);

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsAfter);
        assertThat(catalog.process("issue-to-matching").orElseThrow().latest().definitionId()).isEqualTo(version.definitionId());
    }

    /**
     * Migration moves every running case of a version, so these tests use a process of their own (a
     * copy of issue-to-matching under a unique key) and leave the cases of other tests alone.
     */
    private String ownProcess() {
        String key = "modeler-migration-" + System.nanoTime();
        String id = repository.createDeployment().name("test " + key)
                .addString(key + ".bpmn20.xml", Diagrams.issueToMatching().replace("id=\"issue-to-matching\"", "id=\"" + key + "\""))
                .deploy().getId();
        deployed.add(id);
        return key;
    }

    private static String asProcess(String xml, String key) {
        return Diagrams.replaceOnce(xml, "id=\"issue-to-matching\"", "id=\"" + key + "\"");
    }

    @Test
    void runningCasesMoveToTheNewVersionWhenFlowableSaysItIsSafe() {
        String key = ownProcess();
        String instance = runtime.startProcessInstanceByKey(key, Map.of(IssueCases.CASE_ID, -1L)).getId();
        DeployedVersion version = remember(deployments.deploy(key,
                asProcess(Diagrams.withRenamedHandlingDecision("移行後の取扱判断"), key), 1, "owner"));

        long moved = migrations.migrateToLatest(key, 1);

        assertThat(moved).isOne();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId())
                .isEqualTo(version.definitionId());
        assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .isEqualTo("handlingDecision");
        assertThat(catalog.process(key).orElseThrow().versions()).extracting(ProcessVersion::running).containsExactly(1L, 0L);
    }

    @Test
    void noCaseMovesWhenTheActivityItWaitsInIsGone() {
        String key = ownProcess();
        String instance = runtime.startProcessInstanceByKey(key, Map.of(IssueCases.CASE_ID, -1L)).getId();
        String before = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId();
        // The first task gets a new id: cases waiting in 取扱判断 have nowhere to go.
        String xml = asProcess(Diagrams.issueToMatching(), key).replace("\"handlingDecision\"", "\"handlingDecisionV2\"");
        remember(deployments.deploy(key, xml, 1, "owner"));

        assertThatThrownBy(() -> migrations.migrateToLatest(key, 1))
                .isInstanceOfSatisfying(MigrationRefusedException.class,
                        refused -> assertThat(refused.reasons()).first().asString().startsWith("実行中のケースを新しいバージョンに移せません"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId())
                .isEqualTo(before);
    }

    private DeployedVersion remember(DeployedVersion version) {
        deployed.add(version.deploymentId());
        return version;
    }

    private long submitIssue() {
        if (content.find("municipalities", "utsunomiya").isEmpty()) {
            content.create("municipalities", "utsunomiya", Map.of("title", "宇都宮市", "code", "092011"), null, "test");
        }
        String n = Long.toString(System.nanoTime());
        return issueCases.submit(new NewIssue("モデラーで改訂したプロセスの課題 " + n, "utsunomiya", "交通政策課",
                "改訂したプロセスで新しいケースが動くことを確かめる。", "muni-modeler-" + n, "宇都宮 花子",
                "modeler" + n + "@city.example.jp"));
    }
}
