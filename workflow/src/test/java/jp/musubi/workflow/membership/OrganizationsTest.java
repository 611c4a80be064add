package jp.musubi.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The organization look-up other features (the member portal) use instead of the repository. */
@WorkflowSpringBootTest
class OrganizationsTest {

    @Autowired Organizations organizations;
    @Autowired OrganizationRepository repository;

    @Test
    void anActiveMemberIsFoundByItsKey() {
        String key = uniqueKey();
        repository.insert(key, "株式会社ミツカル", OrganizationKind.COMPANY, LocalDate.of(2026, 4, 1), true, null);

        Organization found = organizations.active(key).orElseThrow();

        assertThat(found.key()).isEqualTo(key);
        assertThat(found.name()).isEqualTo("株式会社ミツカル");
        assertThat(found.status()).isEqualTo("ACTIVE");
    }

    @Test
    void aWithdrawnOrganizationIsNoLongerActive() {
        String key = uniqueKey();
        repository.insert(key, "株式会社タイカイ", OrganizationKind.COMPANY, LocalDate.of(2026, 4, 1), false, null);
        repository.withdraw(key, Instant.now());

        assertThat(organizations.active(key)).isEmpty();
    }

    @Test
    void anUnknownOrMissingKeyFindsNothing() {
        assertThat(organizations.active(uniqueKey())).isEmpty();
        assertThat(organizations.active(null)).isEmpty();
        assertThat(organizations.active(" ")).isEmpty();
    }

    private static String uniqueKey() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
