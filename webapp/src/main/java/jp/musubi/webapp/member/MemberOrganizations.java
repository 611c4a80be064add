package jp.musubi.webapp.member;

import java.util.Optional;

import jp.musubi.workflow.account.AccountRepository;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.OrganizationRepository;
import org.springframework.stereotype.Component;

/** The active member organization a logged-in MEMBER acts for; everything in the portal is scoped to it. */
@Component
class MemberOrganizations {

    private final AccountRepository accounts;
    private final OrganizationRepository organizations;

    MemberOrganizations(AccountRepository accounts, OrganizationRepository organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    Optional<Organization> of(String username) {
        return accounts.findByUsername(username)
                .map(account -> account.organizationKey())
                .flatMap(organizations::findByKey)
                .filter(organization -> "ACTIVE".equals(organization.status()));
    }
}
