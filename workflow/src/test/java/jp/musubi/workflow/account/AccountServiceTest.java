package jp.musubi.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The account look-up other features use instead of the repository. */
@WorkflowSpringBootTest
class AccountServiceTest {

    @Autowired AccountService accounts;

    @Test
    void findsAnAccountByItsLoginIdWithItsOrganizationAndContact() {
        String username = "member-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(username, "山田 花子", username + "@example.jp", "member-password-1",
                Set.of(Role.MEMBER), "org-" + username, null));

        Account found = accounts.findByUsername(username).orElseThrow();

        assertThat(found.displayName()).isEqualTo("山田 花子");
        assertThat(found.email()).isEqualTo(username + "@example.jp");
        assertThat(found.organizationKey()).isEqualTo("org-" + username);
        assertThat(found.roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void anUnknownOrMissingLoginIdFindsNothing() {
        assertThat(accounts.findByUsername("nobody-" + UUID.randomUUID())).isEmpty();
        assertThat(accounts.findByUsername(null)).isEmpty();
    }
}
