package jp.musubi.workflow.approval;

import jp.musubi.cms.newsletter.NewsletterPeople;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import org.springframework.stereotype.Component;

/** The newsletter pages show who started, flagged or approved a send by display name, never by login ID. */
@Component
class AccountNewsletterPeople implements NewsletterPeople {

    private final AccountService accounts;

    AccountNewsletterPeople(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public String displayName(String username) {
        return accounts.findByUsername(username).map(Account::displayName).orElse(null);
    }
}
