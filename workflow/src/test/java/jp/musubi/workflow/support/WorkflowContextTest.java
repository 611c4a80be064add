package jp.musubi.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared workflow test context starts with the processes of the bpmn module deployed. */
@WorkflowSpringBootTest
class WorkflowContextTest {

    @Autowired
    RepositoryService repository;

    @Test
    void processesOfTheBpmnModuleAreDeployed() {
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .extracting(definition -> definition.getKey())
                .contains("meeting-minutes");
    }
}
