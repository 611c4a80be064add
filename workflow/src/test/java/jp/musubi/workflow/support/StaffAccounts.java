package jp.musubi.workflow.support;

import java.util.Map;
import java.util.Set;

import jp.musubi.workflow.account.AccountRepository;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The staff the process tests act as. Task services check that whoever completes a step holds one of
 * its candidate roles, so these must be real accounts (the module's tests run without demo data).
 */
@Component
class StaffAccounts implements ApplicationRunner {

    static final Map<String, Role> STAFF = Map.of(
            "sec", Role.SECRETARIAT,
            "secretariat1", Role.SECRETARIAT,
            "pref", Role.PREF_STAFF,
            "pref1", Role.PREF_STAFF,
            "pref-suzuki", Role.PREF_STAFF,
            "pref-tanaka", Role.PREF_STAFF,
            "muni", Role.MUNICIPAL_STAFF,
            "editor-sato", Role.EDITOR);

    private final AccountService accounts;
    private final AccountRepository repository;

    StaffAccounts(AccountService accounts, AccountRepository repository) {
        this.accounts = accounts;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        STAFF.forEach((username, role) -> {
            if (repository.findByUsername(username).isEmpty()) {
                accounts.create(new NewAccount(username, username, username + "@staff.example.jp",
                        "staff-password-" + username, Set.of(role), null, null));
            }
        });
    }
}
