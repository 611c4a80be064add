package jp.musubi.workflow.municipal;

import java.security.Principal;
import java.util.Optional;

import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import org.springframework.stereotype.Component;

/** The logged-in municipal staff member's account, with the municipality it works for. */
@Component
class MunicipalAccounts {

    private final AccountService accounts;

    MunicipalAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Empty if the account has no municipality (then the area explains whom to ask). */
    Optional<Account> of(Principal principal) {
        return accounts.findByUsername(principal.getName())
                .filter(account -> account.municipality() != null && !account.municipality().isBlank());
    }
}
