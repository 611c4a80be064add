package jp.musubi.workflow.account;

import java.util.Set;

/** What is needed to create an account; the password is in clear and hashed on creation. */
public record NewAccount(String username, String displayName, String email, String rawPassword,
                         Set<Role> roles, String organizationKey, String municipality) {

    public NewAccount {
        roles = Set.copyOf(roles);
    }
}
