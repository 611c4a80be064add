package jp.musubi.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The account look-up other features use instead of the repository. */
@WorkflowSpringBootTest
class AccountServiceTest {

    @Autowired AccountService accounts;

    @Autowired org.springframework.security.crypto.password.PasswordEncoder passwords;

    @Test
    void severalAccountsAreCreatedAtOnceEachWithItsOwnPasswordOrNoneWhenALoginIdIsTaken() {
        String first = "batch-" + unique();
        String second = "batch-" + unique();
        accounts.createAll(List.of(
                new NewAccount(first, "一番 太郎", first + "@example.jp", "first-password-1", Set.of(Role.EDITOR), null, null),
                new NewAccount(second, "二番 花子", second + "@example.jp", "second-password-2", Set.of(Role.SECRETARIAT),
                        null, null)));

        assertThat(accounts.findByUsername(first)).map(Account::roles).contains(Set.of(Role.EDITOR));
        assertThat(accounts.findByUsername(second)).map(Account::displayName).contains("二番 花子");
        String firstHash = accounts.loadUserByUsername(first).getPassword();
        assertThat(passwords.matches("first-password-1", firstHash)).isTrue();
        assertThat(passwords.matches("second-password-2", firstHash)).isFalse();
        assertThat(passwords.matches("second-password-2", accounts.loadUserByUsername(second).getPassword())).isTrue();

        String third = "batch-" + unique();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.createAll(List.of(
                        new NewAccount(third, "三番", third + "@example.jp", "third-password-3", Set.of(Role.EDITOR), null, null),
                        new NewAccount(first, "重複", "dup@example.jp", "dup-password-4", Set.of(Role.EDITOR), null, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.findByUsername(third)).isEmpty();
    }

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

    @Test
    void findEnabledFindsOnlyAnAccountThatMayLogIn() {
        String username = create("staff", Role.PREF_STAFF, "org-" + unique());

        assertThat(accounts.findEnabled(username)).map(Account::username).contains(username);

        accounts.disable(username);

        assertThat(accounts.findEnabled(username)).isEmpty();
        assertThat(accounts.findByUsername(username)).map(Account::enabled).contains(false);
        assertThat(accounts.findEnabled("nobody-" + unique())).isEmpty();
        assertThat(accounts.findEnabled(null)).isEmpty();
    }

    @Test
    void withUsernamesSkipsUnknownIdsButKeepsDisabledAccounts() {
        String enabled = create("staff", Role.SECRETARIAT, null);
        String disabled = create("staff", Role.SECRETARIAT, null);
        accounts.disable(disabled);

        List<Account> found = accounts.withUsernames(Set.of(enabled, disabled, "nobody-" + unique()));

        assertThat(found).extracting(Account::username).containsExactlyInAnyOrder(enabled, disabled);
    }

    @Test
    void enabledWithAnyRoleLeavesOutDisabledAccountsAndOtherRoles() {
        String municipal = create("muni", Role.MUNICIPAL_STAFF, null);
        String disabledMunicipal = create("muni", Role.MUNICIPAL_STAFF, null);
        accounts.disable(disabledMunicipal);
        String member = create("member", Role.MEMBER, "org-" + unique());

        List<String> found = accounts.enabledWithAnyRole(Set.of(Role.MUNICIPAL_STAFF.name(), "NO_SUCH_GROUP"))
                .stream().map(Account::username).toList();

        assertThat(found).contains(municipal).doesNotContain(disabledMunicipal, member);
        assertThat(accounts.enabledWithAnyRole(Set.of())).isEmpty();
    }

    @Test
    void displayNamesByUsernameNamesEveryAccount() {
        String username = create("staff", Role.EDITOR, null);

        assertThat(accounts.displayNamesByUsername()).containsEntry(username, "表示名 " + username);
    }

    @Test
    void withdrawOrganizationDisablesAndAnonymizesOnlyThatOrganizationsAccounts() {
        String organization = "org-" + unique();
        String first = create("member", Role.MEMBER, organization);
        String second = create("member", Role.MEMBER, organization);
        String other = create("member", Role.MEMBER, "org-" + unique());

        int changed = accounts.withdrawOrganization(organization);

        assertThat(changed).isEqualTo(2);
        for (String username : List.of(first, second)) {
            Account account = accounts.findByUsername(username).orElseThrow();
            assertThat(account.enabled()).isFalse();
            assertThat(account.displayName()).isEqualTo("退会済み会員");
            assertThat(account.email()).isNull();
        }
        Account untouched = accounts.findByUsername(other).orElseThrow();
        assertThat(untouched.enabled()).isTrue();
        assertThat(untouched.email()).isEqualTo(other + "@example.jp");
    }

    private String create(String prefix, Role role, String organizationKey) {
        String username = prefix + "-" + unique();
        accounts.create(new NewAccount(username, "表示名 " + username, username + "@example.jp", "password-" + username,
                Set.of(role), organizationKey, null));
        return username;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
