package jp.musubi.webapp.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The production profile on the local PostgreSQL (run with {@code ./mvnw -Ppostgres verify}; the
 * database comes from MUSUBI_DB_URL / MUSUBI_DB_USER / MUSUBI_DB_PASSWORD, see .ci/run).
 */
@Tag("postgres")
@SpringBootTest(properties = {
        "musubi.admin.username=first-admin",
        "musubi.admin.password=first-admin-password",
        "musubi.newsletter.unsubscribe-secret=postgres-test-unsubscribe-secret-0123",
        "flowable.async-executor-activate=false"})
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
class PostgresProfileTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AccountService accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void runsOnPostgresqlWithEveryMigrationApplied() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(engine.getManagementService().getTableCount()).containsKey("ACT_RU_TASK");
    }

    @Test
    void noDemoDataOnlyTheFirstAdministratorFromTheEnvironment() throws Exception {
        assertThat(accounts.list()).singleElement().satisfies(account -> {
            assertThat(account.username()).isEqualTo("first-admin");
            assertThat(account.roles()).containsExactly(Role.ADMIN);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization").query(Long.class).single()).isZero();
        mvc.perform(formLogin("/login").user("first-admin").password("first-admin-password"))
                .andExpect(authenticated().withRoles("ADMIN"));
    }

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.flowable.status").value("UP"));
    }
}
