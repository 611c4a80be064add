package jp.musubi.workflow.account;

import static jp.musubi.workflow.account.AccountTexts.TEXTS;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.musubi.cms.site.SiteProperties;
import jp.musubi.cms.audit.AuditAction;
import jp.musubi.cms.audit.AuditLog;
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
    private final AuditLog audit;
    private final String localGovernmentTerm;

    public AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, AuditLog audit,
                          SiteProperties site) {
        this.audit = audit;
        this.localGovernmentTerm = site.localGovernmentTerm();
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

    /** The account with this login ID if it may log in: only such an account may be given work. */
    public Optional<Account> findEnabled(String username) {
        return findByUsername(username).filter(Account::enabled);
    }

    /** The accounts with these login IDs (unknown IDs are skipped), disabled ones included. */
    public List<Account> withUsernames(Set<String> usernames) {
        return accounts.findAll().stream().filter(account -> usernames.contains(account.username())).toList();
    }

    /** Enabled accounts holding at least one of these roles, given by name (as Flowable candidate groups are). */
    public List<Account> enabledWithAnyRole(Set<String> roleNames) {
        return accounts.findAll().stream().filter(Account::enabled)
                .filter(account -> account.roles().stream().anyMatch(role -> roleNames.contains(role.name())))
                .toList();
    }

    /** Display name by login ID, of every account, so a history shows names without one look-up per entry. */
    public Map<String, String> displayNamesByUsername() {
        Map<String, String> names = new HashMap<>();
        for (Account account : accounts.findAll()) {
            names.put(account.username(), account.displayName());
        }
        return names;
    }

    @Transactional
    public long create(NewAccount account) {
        if (accounts.findByUsername(account.username()).isPresent()) {
            throw new IllegalArgumentException(TEXTS.get("account.username.taken", account.username()));
        }
        return accounts.insert(account, passwordEncoder.encode(account.rawPassword()));
    }

    /**
     * Creates several accounts at once, as {@link #create} does one by one, with their passwords
     * hashed in parallel: BCrypt is slow on purpose, and the demo's accounts hashed one after the
     * other were a second and a half of the first start.
     */
    @Transactional
    public void createAll(List<NewAccount> batch) {
        for (NewAccount account : batch) {
            if (accounts.findByUsername(account.username()).isPresent()) {
                throw new IllegalArgumentException(TEXTS.get("account.username.taken", account.username()));
            }
        }
        List<String> hashes = batch.parallelStream().map(account -> passwordEncoder.encode(account.rawPassword())).toList();
        for (int i = 0; i < batch.size(); i++) {
            accounts.insert(batch.get(i), hashes.get(i));
        }
    }

    /**
     * An administrator changes an account's roles; written to the audit log with the old and new roles.
     *
     * @throws IllegalArgumentException (Japanese message) for no role, or when no administrator would be left
     */
    @Transactional
    public void changeRoles(String username, Set<Role> roles, String actor) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException(TEXTS.get("account.roles.unknown", username)));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(TEXTS.get("account.roles.none"));
        }
        boolean lastAdmin = account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)
                && accounts.findAll().stream().filter(a -> a.enabled() && a.roles().contains(Role.ADMIN)).count() <= 1;
        if (lastAdmin) {
            throw new IllegalArgumentException(TEXTS.get("account.roles.lastAdmin"));
        }
        if (account.roles().equals(roles)) {
            return;
        }
        accounts.setRoles(account.id(), java.util.EnumSet.copyOf(roles));
        audit.record(actor, AuditAction.ROLE_CHANGE, "account:" + username,
                TEXTS.get("account.roles.audit", labels(account.roles()), labels(roles)));
    }

    private String labels(Set<Role> roles) {
        return String.join("、", roles.stream().sorted().map(role -> role.label(localGovernmentTerm)).toList());
    }

    public List<Account> list() {
        return accounts.findAll();
    }

    /** Disables the account: it cannot log in (e.g. until its holder has set a password through an activation link). */
    @Transactional
    public void disable(String username) {
        accounts.setEnabled(username, false);
    }

    /** Enables the account again (after {@link #disable}); its password is unchanged. */
    @Transactional
    public void enable(String username) {
        accounts.setEnabled(username, true);
    }

    /**
     * 退会 of an organization: disables its accounts and erases their personal data.
     *
     * @return how many accounts were changed
     */
    @Transactional
    public int withdrawOrganization(String organizationKey) {
        return accounts.disableAndAnonymizeOrganization(organizationKey);
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        accounts.recordSuccessfulLogin(username, clock.instant());
    }

    public boolean adminExists() {
        return accounts.existsWithRole(Role.ADMIN);
    }
}
