package jp.musubi.workflow.account;

import java.util.Set;

/**
 * A user who can log in. Personal data: never shown on public pages or delivered by the CMS.
 *
 * @param organizationKey the member organization a MEMBER acts for, if any
 * @param municipality    the municipality (item name) a MUNICIPAL_STAFF works for, if any
 */
public record Account(long id, String username, String displayName, String email, String passwordHash,
                      boolean enabled, Set<Role> roles, String organizationKey, String municipality) {

    public Account {
        roles = Set.copyOf(roles);
    }
}
