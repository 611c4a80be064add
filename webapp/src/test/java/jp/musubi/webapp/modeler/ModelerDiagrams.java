package jp.musubi.webapp.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.content.ContentService;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.NewIssue;
import org.flowable.engine.RepositoryService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The product's issue-to-matching diagram and edits of it, a way to start a case on the latest
 * version, and the removal of the versions a test deployed (so that other tests start on the
 * product's diagram). Built by each test from its autowired beans (no extra test context).
 */
class ModelerDiagrams {

    private final RepositoryService repository;
    private final JdbcClient jdbc;
    private final IssueCases issueCases;
    private final ContentService content;

    ModelerDiagrams(RepositoryService repository, JdbcClient jdbc, IssueCases issueCases, ContentService content) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.issueCases = issueCases;
        this.content = content;
    }

    static String issueToMatching() {
        try (InputStream in = ModelerDiagrams.class.getResourceAsStream("/processes/issue-to-matching.bpmn20.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String replaceOnce(String xml, String target, String replacement) {
        int at = xml.indexOf(target);
        if (at < 0 || xml.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("Expected exactly one occurrence of " + target);
        }
        return xml.substring(0, at) + replacement + xml.substring(at + target.length());
    }

    static String renamed(String name) {
        return replaceOnce(issueToMatching(), "<userTask id=\"handlingDecision\" name=\"取扱判断\"",
                "<userTask id=\"handlingDecision\" name=\"" + name + "\"");
    }

    int latestVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("issue-to-matching").latestVersion()
                .singleResult().getVersion();
    }

    /** Versions of issue-to-matching, however deployed. */
    long definitionCount() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("issue-to-matching").count();
    }

    long deploymentCount() {
        return repository.createDeploymentQuery().count();
    }

    /** Deployments of issue-to-matching made from the modeler after {@code version}. */
    List<String> deploymentsAfter(int version) {
        List<String> ids = new ArrayList<>();
        repository.createProcessDefinitionQuery().processDefinitionKey("issue-to-matching").list().stream()
                .filter(definition -> definition.getVersion() > version)
                .forEach(definition -> ids.add(definition.getDeploymentId()));
        return ids;
    }

    void undeployAfter(int version) {
        for (String id : deploymentsAfter(version)) {
            repository.deleteDeployment(id, true);
            jdbc.sql("DELETE FROM modeler_deployment WHERE deployment_id = ?").param(id).update();
        }
    }

    /** Submits an issue as a municipal staff member would, which starts a case on the latest version. */
    long submitIssue() {
        if (content.find("municipalities", "utsunomiya").isEmpty()) {
            content.create("municipalities", "utsunomiya", Map.of("title", "宇都宮市", "code", "092011"), null, "test");
        }
        String n = Long.toString(System.nanoTime());
        return issueCases.submit(new NewIssue("モデラーの確認用の課題 " + n, "utsunomiya", "交通政策課",
                "改訂したプロセスで新しいケースが動くことを確かめる。", "muni-modeler-" + n, "宇都宮 花子",
                "modeler" + n + "@city.example.jp"));
    }
}
