package jp.musubi.webapp.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The production profile on the local PostgreSQL: migrations, first administrator, health. */
@PostgresSpringBootTest
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
        // Other PostgreSQL tests add their own accounts and organizations; the demo's are never loaded.
        assertThat(accounts.list()).filteredOn(account -> account.roles().contains(Role.ADMIN))
                .singleElement().satisfies(account -> assertThat(account.username()).isEqualTo("first-admin"));
        assertThat(accounts.list()).extracting(Account::username).doesNotContain("pref", "secretariat", "member", "admin");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM demo_data_load").query(Long.class).single()).isZero();
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
