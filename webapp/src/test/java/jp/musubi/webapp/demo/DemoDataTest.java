package jp.musubi.webapp.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

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
    void tenMemberOrganizationsWithPrivateContacts() throws IOException {
        // Other tests of the shared context admit members of their own: count those of seeds/ only.
        List<String> demoKeys = Pattern.compile("(?m)^  - key: (\\S+)$")
                .matcher(Files.readString(Path.of("..", "seeds", "organizations.yml")))
                .results().map(match -> match.group(1)).toList();
        assertThat(demoKeys).hasSize(10);
        assertThat(organizations.findAll()).filteredOn(org -> demoKeys.contains(org.key())).hasSize(10)
                .extracting(org -> org.name())
                .contains("株式会社那須野電子");
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM organization_contact c JOIN organization o ON o.id = c.organization_id
                        WHERE o.org_key IN (:keys)""")
                .param("keys", demoKeys).query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void loadingAgainAddsNothing() {
        long accountsBefore = accounts.list().size();
        long organizationsBefore = organizations.count();

        assertThat(loader.loadMissing()).isZero();

        assertThat(accounts.list()).hasSize((int) accountsBefore);
        assertThat(organizations.count()).isEqualTo(organizationsBefore);
    }

    @Test
    void tochigisSeedsBringNoneOfKumamotosConsultationsOrSurveys() throws IOException {
        // Tochigi's seeds have no consultations.yml nor surveys.yml: their sections load nothing here.
        assertThat(Path.of("..", "seeds", "consultations.yml")).doesNotExist();
        assertThat(Path.of("..", "seeds", "surveys.yml")).doesNotExist();
        List<String> kumamotoRequesters = Pattern.compile("(?m)^    organization: (.+)$")
                .matcher(Files.readString(Path.of("..", "seeds", "kumamoto", "consultations.yml")))
                .results().map(match -> match.group(1).strip()).toList();
        assertThat(kumamotoRequesters).isNotEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation_request WHERE organization IN (:names)")
                .param("names", kumamotoRequesters).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey WHERE title = ?").param("県内企業のDX取組状況調査")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM demo_data_load WHERE section IN ('consultations', 'surveys')")
                .query(Long.class).single()).isEqualTo(2);
    }
}
