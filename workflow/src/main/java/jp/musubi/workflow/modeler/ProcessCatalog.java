package jp.musubi.workflow.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deployed processes as the modeler lists them: versions, deployment, deployer, running cases. */
@Service
@Transactional(readOnly = true)
public class ProcessCatalog {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ModelerDeploymentRepository deployments;

    ProcessCatalog(RepositoryService repository, RuntimeService runtime, ModelerDeploymentRepository deployments) {
        this.repository = repository;
        this.runtime = runtime;
        this.deployments = deployments;
    }

    /** Every process, by name, with all its versions. */
    public List<ProcessSummary> processes() {
        Map<String, List<ProcessDefinition>> byKey = new LinkedHashMap<>();
        repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                .orderByProcessDefinitionVersion().desc().list()
                .forEach(definition -> byKey.computeIfAbsent(definition.getKey(), key -> new java.util.ArrayList<>()).add(definition));
        return byKey.values().stream()
                .map(this::summary)
                .sorted(Comparator.comparing(ProcessSummary::key))
                .toList();
    }

    public Optional<ProcessSummary> process(String key) {
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().desc().list();
        return definitions.isEmpty() ? Optional.empty() : Optional.of(summary(definitions));
    }

    /** The BPMN XML of a version ({@code null} version: the latest). */
    public Optional<String> xml(String key, Integer version) {
        var query = repository.createProcessDefinitionQuery().processDefinitionKey(key);
        ProcessDefinition definition = version == null ? query.latestVersion().singleResult()
                : query.processDefinitionVersion(version).singleResult();
        if (definition == null) {
            return Optional.empty();
        }
        try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + definition.getResourceName(), e);
        }
    }

    private ProcessSummary summary(List<ProcessDefinition> definitions) {
        List<ProcessVersion> versions = definitions.stream().map(this::version).toList();
        return new ProcessSummary(definitions.get(0).getKey(), definitions.get(0).getName(), versions);
    }

    private ProcessVersion version(ProcessDefinition definition) {
        Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
        long running = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
        return new ProcessVersion(definition.getKey(), definition.getName(), definition.getVersion(), definition.getId(),
                definition.getDeploymentId(), deployment == null || deployment.getDeploymentTime() == null ? null
                : deployment.getDeploymentTime().toInstant(),
                deployments.deployedBy(definition.getDeploymentId()).orElse(null), running);
    }
}
