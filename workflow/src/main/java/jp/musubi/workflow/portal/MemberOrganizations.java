package jp.musubi.workflow.portal;

import java.util.Optional;

import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.Organizations;
import org.springframework.stereotype.Component;

/** The active member organization a logged-in MEMBER acts for; everything in the portal is scoped to it. */
@Component
class MemberOrganizations {

    private final AccountService accounts;
    private final Organizations organizations;

    MemberOrganizations(AccountService accounts, Organizations organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    Optional<Organization> of(String username) {
        return accounts.findByUsername(username)
                .map(Account::organizationKey)
                .flatMap(organizations::active);
    }
}
