package jp.musubi.workflow.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and answers Spring Security's look-ups. Failed logins are throttled by the web
 * layer (per login ID and client address, in memory), not stored on the account: a stored lock let
 * anyone lock any account and told which login IDs exist.
 */
@Service
public class AccountService implements UserDetailsService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    public AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new AccountUser(account);
    }

    /** The account with this login ID, for pages that show or scope by it (e.g. the member portal). */
    public Optional<Account> findByUsername(String username) {
        return username == null ? Optional.empty() : accounts.findByUsername(username);
    }

    @Transactional
    public long create(NewAccount account) {
        if (accounts.findByUsername(account.username()).isPresent()) {
            throw new IllegalArgumentException("ログインID「" + account.username() + "」は既に使われています。");
        }
        return accounts.insert(account, passwordEncoder.encode(account.rawPassword()));
    }

    public List<Account> list() {
        return accounts.findAll();
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        accounts.recordSuccessfulLogin(username, clock.instant());
    }

    public boolean adminExists() {
        return accounts.existsWithRole(Role.ADMIN);
    }
}
