package jp.musubi.workflow.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts and their roles in the {@code account} and {@code account_role} tables. */
@Repository
public class AccountRepository {

    private static final String SELECT = """
            SELECT a.id, a.username, a.display_name, a.email, a.password_hash, a.enabled,
                   a.organization_key, a.municipality, r.role
            FROM account a LEFT JOIN account_role r ON r.account_id = a.id
            """;

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> findByUsername(String username) {
        return collect(jdbc.sql(SELECT + " WHERE a.username = ?").param(username)).stream().findFirst();
    }

    /** The enabled accounts with this mail address (letter case ignored), by login ID. */
    public List<Account> findEnabledByEmail(String email) {
        return collect(jdbc.sql(SELECT + " WHERE LOWER(a.email) = LOWER(?) AND a.enabled = TRUE ORDER BY a.username, r.role")
                .param(email));
    }

    public List<Account> findAll() {
        return collect(jdbc.sql(SELECT + " ORDER BY a.username, r.role"));
    }

    public boolean existsWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM account_role WHERE role = ?")
                .param(role.name()).query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    public long insert(NewAccount account, String passwordHash) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account (username, display_name, email, password_hash, enabled,
                                     organization_key, municipality, failed_logins, created_at)
                VALUES (?, ?, ?, ?, TRUE, ?, ?, 0, ?)
                """)
                .params(account.username(), account.displayName(), account.email(), passwordHash,
                        account.organizationKey(), account.municipality(), Timestamp.from(Instant.now()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Role role : account.roles()) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
        return id;
    }

    /** Replaces the password (already hashed by the password encoder). */
    public void setPasswordHash(String username, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = ? WHERE username = ?").params(passwordHash, username).update();
    }

    /** Replaces the account's roles. */
    public void setRoles(long accountId, java.util.Set<Role> roles) {
        jdbc.sql("DELETE FROM account_role WHERE account_id = ?").param(accountId).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(accountId, role.name()).update();
        }
    }

    /** Enables or disables an account (a disabled account cannot log in). */
    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = ? WHERE username = ?").params(enabled, username).update();
    }

    /**
     * 退会: disables the accounts of an organization and erases their personal data (name, address).
     *
     * @return how many accounts were changed
     */
    public int disableAndAnonymizeOrganization(String organizationKey) {
        return jdbc.sql("UPDATE account SET enabled = FALSE, display_name = '退会済み会員', email = NULL WHERE organization_key = ?")
                .param(organizationKey).update();
    }

    /** Notes a successful login (the failed-login columns of older versions are no longer used). */
    public void recordSuccessfulLogin(String username, Instant at) {
        jdbc.sql("UPDATE account SET last_login_at = ? WHERE username = ?")
                .params(Timestamp.from(at), username).update();
    }

    private static List<Account> collect(JdbcClient.StatementSpec statement) {
        Map<Long, AccountRow> rows = new LinkedHashMap<>();
        statement.query((ResultSet rs) -> {
            long id = rs.getLong("id");
            AccountRow row = rows.computeIfAbsent(id, key -> AccountRow.of(rs));
            String role = rs.getString("role");
            if (role != null) {
                row.roles.add(Role.valueOf(role));
            }
        });
        List<Account> accounts = new ArrayList<>();
        rows.values().forEach(row -> accounts.add(row.toAccount()));
        return accounts;
    }

    /** Mutable while the joined rows of one account are read. */
    private record AccountRow(Account base, Set<Role> roles) {

        static AccountRow of(ResultSet rs) {
            try {
                Account base = new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("email"), rs.getString("password_hash"), rs.getBoolean("enabled"), Set.of(),
                        rs.getString("organization_key"), rs.getString("municipality"));
                return new AccountRow(base, EnumSet.noneOf(Role.class));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        Account toAccount() {
            return new Account(base.id(), base.username(), base.displayName(), base.email(), base.passwordHash(),
                    base.enabled(), roles, base.organizationKey(), base.municipality());
        }
    }
}
