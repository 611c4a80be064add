package jp.musubi.workflow.modeler;

import java.time.ZoneOffset;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and deploys diagrams edited in the modeler as new versions of their process. A deployment
 * is its own Flowable deployment (name {@value #DEPLOYMENT_PREFIX}key), so the start-up
 * auto-deployment — which compares only with its own previous deployment — leaves it in place.
 */
@Service
@Transactional
public class DiagramDeployments {

    /** Name prefix of deployments made from the modeler. */
    public static final String DEPLOYMENT_PREFIX = "modeler:";

    private final DiagramChecker checker;
    private final DiagramDiffer differ;
    private final RepositoryService repository;
    private final ModelerDeploymentRepository deployments;

    DiagramDeployments(DiagramChecker checker, DiagramDiffer differ, RepositoryService repository,
                       ModelerDeploymentRepository deployments) {
        this.checker = checker;
        this.differ = differ;
        this.repository = repository;
        this.deployments = deployments;
    }

    /** Checks {@code xml} as the next version of {@code key} and compares it with the running version. */
    @Transactional(readOnly = true)
    public DiagramPreview preview(String key, String xml) {
        ProcessDefinition running = latest(key);
        DiagramCheck check = checker.check(xml, key);
        DiagramDiff diff = differ.diff(repository.getBpmnModel(running.getId()), check.model());
        return new DiagramPreview(key, running.getVersion(), check.problems(), diff);
    }

    /**
     * Deploys {@code xml} as a new version of {@code key} if it passes the check and {@code baseVersion}
     * is still the latest; records {@code username} as the deployer. New cases start on the new
     * version; running cases stay on theirs.
     *
     * @throws DiagramRefusedException when the diagram breaks a rule (nothing is deployed)
     * @throws StaleVersionException   when another version was deployed after {@code baseVersion}
     */
    public DeployedVersion deploy(String key, String xml, Integer baseVersion, String username) {
        ProcessDefinition running = latest(key);
        DiagramCheck check = checker.check(xml, key);
        if (!check.deployable()) {
            throw new DiagramRefusedException(check.problems());
        }
        if (baseVersion != null && baseVersion != running.getVersion()) {
            throw new StaleVersionException(running.getVersion());
        }
        Deployment deployment = repository.createDeployment()
                .name(DEPLOYMENT_PREFIX + key)
                .key(key)
                .addString(key + ".bpmn20.xml", xml)
                .deploy();
        ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
                .processDefinitionKey(key).singleResult();
        deployments.insert(deployment.getId(), key, username,
                deployment.getDeploymentTime().toInstant().atOffset(ZoneOffset.UTC));
        return new DeployedVersion(key, definition.getVersion(), definition.getId(), deployment.getId());
    }

    private ProcessDefinition latest(String key) {
        ProcessDefinition running = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult();
        if (running == null) {
            throw new UnknownProcessException(key);
        }
        return running;
    }
}
