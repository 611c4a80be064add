package jp.musubi.workflow.account;

import java.util.List;
import java.util.Set;

import jp.musubi.cms.demo.DemoDataReader;
import jp.musubi.cms.demo.DemoDataSection;
import org.springframework.stereotype.Component;

/** The demo accounts of {@code seeds/accounts.yml}: one per role, sharing one documented password. */
@Component
class AccountDemoData implements DemoDataSection {

    private final AccountService accounts;

    AccountDemoData(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load(DemoDataReader reader) {
        AccountsFile file = reader.read("accounts.yml", AccountsFile.class);
        accounts.createAll(file.accounts().stream()
                .map(account -> new NewAccount(account.username(), account.displayName(), account.email(),
                        file.password(), account.roles(), account.organization(), account.municipality()))
                .toList());
    }

    record AccountsFile(String password, List<DemoAccount> accounts) {
    }

    record DemoAccount(String username, String displayName, String email, Set<Role> roles,
                       String organization, String municipality) {
    }
}
