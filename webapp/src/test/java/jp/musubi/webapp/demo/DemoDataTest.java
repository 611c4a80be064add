package jp.musubi.webapp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.musubi.cms.demo.DemoDataLoader;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.membership.OrganizationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded default's demo data: what seeds/ holds is there, and loading again adds nothing. */
@MusubiSpringBootTest
class DemoDataTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oneDemoAccountPerRole() {
        for (Role role : Role.values()) {
            assertThat(accounts.list()).as("demo account with role %s", role)
                    .anySatisfy(account -> assertThat(account.roles()).contains(role));
        }
    }

    @Test
    void tenMemberOrganizationsWithPrivateContacts() {
        assertThat(organizations.findAll()).hasSize(10)
                .extracting(org -> org.name())
                .contains("株式会社那須野電子");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization_contact").query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void loadingAgainAddsNothing() {
        long accountsBefore = accounts.list().size();
        long organizationsBefore = organizations.count();

        assertThat(loader.loadMissing()).isZero();

        assertThat(accounts.list()).hasSize((int) accountsBefore);
        assertThat(organizations.count()).isEqualTo(organizationsBefore);
    }
}
