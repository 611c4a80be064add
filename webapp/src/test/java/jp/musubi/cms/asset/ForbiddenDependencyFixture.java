package jp.musubi.cms.asset;

import jp.musubi.workflow.account.AccountRepository;

/**
 * Test fixture only: puts into the assets module (which may depend on nothing) a use of the accounts
 * module's repository, so that {@code ModularityTests} can show {@code verify()} refusing it. Never
 * loaded by Spring: it is no bean and lives in the test sources.
 */
class ForbiddenDependencyFixture {

    private final AccountRepository accounts;

    ForbiddenDependencyFixture(AccountRepository accounts) {
        this.accounts = accounts;
    }

    boolean knows(String username) {
        return accounts.findByUsername(username).isPresent();
    }
}
