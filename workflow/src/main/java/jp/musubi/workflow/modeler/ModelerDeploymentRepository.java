package jp.musubi.workflow.modeler;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code modeler_deployment} table: the user behind each deployment made from the modeler. */
@Repository
class ModelerDeploymentRepository {

    private final JdbcClient jdbc;

    ModelerDeploymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String deploymentId, String processKey, String username, OffsetDateTime at) {
        jdbc.sql("INSERT INTO modeler_deployment (deployment_id, process_key, deployed_by, deployed_at) VALUES (?, ?, ?, ?)")
                .params(deploymentId, processKey, username, at)
                .update();
    }

    Optional<String> deployedBy(String deploymentId) {
        return jdbc.sql("SELECT deployed_by FROM modeler_deployment WHERE deployment_id = ?")
                .param(deploymentId).query(String.class).optional();
    }
}
