package jp.musubi.workflow.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in principal: Spring's user plus the name shown in the header. */
public class AccountUser extends User {

    private final String displayName;

    AccountUser(Account account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.displayName = account.displayName();
    }

    public String getDisplayName() {
        return displayName;
    }

    public List<String> roleNames() {
        return getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length())).toList();
    }
}
