package jp.musubi.webapp.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.musubi.cms.node.NodeIdentity;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The application starts on H2 with its migrations applied and reports itself healthy. */
@MusubiSpringBootTest
class ApplicationStartupTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AccountService accounts;

    @Autowired
    NodeIdentity node;

    @Test
    void everyFlywayMigrationIsApplied() {
        long failed = jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE")
                .query(Long.class).single();
        long applied = jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")
                .query(Long.class).single();
        assertThat(failed).isZero();
        assertThat(applied).isGreaterThanOrEqualTo(2);
    }

    @Test
    void flowableRunsOnTheSameDatabase() {
        assertThat(engine.getManagementService().getTableCount()).containsKey("ACT_RU_TASK");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_GE_PROPERTY").query(Long.class).single()).isPositive();
    }

    @Test
    void healthIsUpWithDatabaseAndFlowableForEveryone() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.flowable.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
    }

    @Test
    void healthDetailsAreForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(jsonPath("$.components.db.details.database").value("H2"))
                .andExpect(jsonPath("$.components.flowable.details.engine").exists());
    }

    /**
     * The job executor shared by the nodes: this node's id as lock owner (the outbox's lease_node too) and
     * 5-minute locks; off in the tests (application-test.yml), on in every deployment.
     */
    @Test
    void theJobExecutorLocksUnderTheNodesIdForFiveMinutes() throws Exception {
        mvc.perform(get("/actuator/health").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(jsonPath("$.components.flowable.details.jobExecutor.lockOwner").value(node.id()))
                .andExpect(jsonPath("$.components.flowable.details.jobExecutor.timerLockTime").value("PT5M"))
                .andExpect(jsonPath("$.components.flowable.details.jobExecutor.asyncJobLockTime").value("PT5M"))
                .andExpect(jsonPath("$.components.flowable.details.jobExecutor.active").value(false));
    }
}
