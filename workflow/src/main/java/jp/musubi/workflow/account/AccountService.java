package jp.musubi.workflow.account;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts, answers Spring Security's look-ups and keeps the failed-login count. */
@Service
public class AccountService implements UserDetailsService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginProtectionProperties protection;
    private final Clock clock;

    public AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder,
                          LoginProtectionProperties protection, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.protection = protection;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new AccountUser(account, account.lockedAt(clock.instant()));
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
    public void recordFailedLogin(String username) {
        accounts.recordFailedLogin(username, protection.maxFailures(),
                clock.instant().plus(protection.lockDuration()));
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        accounts.recordSuccessfulLogin(username);
    }

    @Transactional
    public void unlock(String username) {
        accounts.unlock(username);
    }

    public boolean adminExists() {
        return accounts.existsWithRole(Role.ADMIN);
    }
}
