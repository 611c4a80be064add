package jp.musubi.workflow.staffaccount;

import static jp.musubi.workflow.staffaccount.StaffAccountTexts.TEXTS;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jp.musubi.cms.site.SiteProperties;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.content.ContentQuery;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountActivations;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.ActivationLink;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may manage which accounts, and the changes themselves. ADMIN manages every account; SECRETARIAT only accounts
 * whose one role is MUNICIPAL_STAFF. Nobody disables their own account. A refusal is an {@link InputRefused} with a
 * Japanese message; nothing is changed then.
 */
@Service
public class StaffAccountAdmin {

    static final String MUNICIPALITIES = "municipalities";
    private static final Pattern LOGIN_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountService accounts;
    private final AccountActivations activations;
    private final Notifications notifications;
    private final ContentService content;
    private final String localGovernmentTerm;

    StaffAccountAdmin(AccountService accounts, AccountActivations activations, Notifications notifications, ContentService content,
                      SiteProperties site) {
        this.localGovernmentTerm = site.localGovernmentTerm();
        this.accounts = accounts;
        this.activations = activations;
        this.notifications = notifications;
        this.content = content;
    }

    /** A municipality to choose for a MUNICIPAL_STAFF account: its item name and 宇都宮市-style title. */
    public record Municipality(String name, String title) {
    }

    static boolean isAdmin(Set<String> roles) {
        return roles.contains(Role.ADMIN.name());
    }

    /** The roles this actor may give a new account. */
    static List<Role> assignable(Set<String> actorRoles) {
        return isAdmin(actorRoles) ? List.of(Role.values()) : List.of(Role.MUNICIPAL_STAFF);
    }

    static boolean mayManage(Account account, Set<String> actorRoles) {
        return isAdmin(actorRoles) || (actorRoles.contains(Role.SECRETARIAT.name())
                && account.roles().equals(Set.of(Role.MUNICIPAL_STAFF)));
    }

    @Transactional(readOnly = true)
    public List<Account> manageable(Set<String> actorRoles) {
        return accounts.list().stream().filter(a -> mayManage(a, actorRoles))
                .sorted(Comparator.comparing(Account::username)).toList();
    }

    @Transactional(readOnly = true)
    public List<Municipality> municipalities() {
        return content.list(MUNICIPALITIES, ContentQuery.all(200)).items().stream()
                .map(item -> new Municipality(item.name(), item.title() == null ? item.name() : item.title()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<String, String> municipalityTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        municipalities().forEach(m -> titles.put(m.name(), m.title()));
        return titles;
    }

    /** Creates the account disabled and mails its holder the activation link; returns the login ID. */
    @Transactional
    public String create(StaffAccountInput input, Set<String> actorRoles) {
        InputChecks checks = new InputChecks();
        String username = checks.required("username", TEXTS.get("staffaccount.field.username"), input.username(), 64);
        if (username != null && !LOGIN_ID.matcher(username).matches()) {
            checks.add("username", TEXTS.get("staffaccount.error.usernameFormat"));
        } else if (username != null && accounts.findByUsername(username).isPresent()) {
            checks.add("username", TEXTS.get("staffaccount.error.usernameTaken"));
        }
        String name = checks.required("displayName", TEXTS.get("staffaccount.field.displayName"), input.displayName(), 100);
        checks.singleLine("displayName", TEXTS.get("staffaccount.field.displayName"), name);
        String email = checks.email("email", input.email());
        Role role = null;
        try {
            role = Role.valueOf(InputChecks.clean(input.role()) == null ? "" : input.role().strip());
        } catch (IllegalArgumentException e) {
            checks.add("role", TEXTS.get("staffaccount.error.role"));
        }
        if (role != null && !assignable(actorRoles).contains(role)) {
            checks.add("role", TEXTS.get("staffaccount.error.roleNotAllowed", localGovernmentTerm));
        }
        String municipality = InputChecks.clean(input.municipality());
        if (role == Role.MUNICIPAL_STAFF) {
            if (municipality == null) {
                checks.add("municipality", TEXTS.get("staffaccount.error.municipalityRequired", localGovernmentTerm));
            } else if (content.find(MUNICIPALITIES, municipality).isEmpty()) {
                checks.add("municipality", TEXTS.get("staffaccount.error.municipalityUnknown", localGovernmentTerm));
            }
        } else if (municipality != null && role != null) {
            checks.add("municipality", TEXTS.get("staffaccount.error.municipalityOnlyForMunicipal", localGovernmentTerm));
        }
        checks.throwIfAny();
        accounts.create(new NewAccount(username, name, email, unguessablePassword(), Set.of(role), null,
                role == Role.MUNICIPAL_STAFF ? municipality : null));
        accounts.disable(username);
        ActivationLink link = activations.issue(username);
        notifications.send(new StaffAccountActivation(email, name, username, role.label(localGovernmentTerm), link.path(),
                JapaneseTimes.dateWithWeekday(LocalDateTime.ofInstant(link.expiresAt(), JapaneseTimes.ZONE).toLocalDate())));
        return username;
    }

    @Transactional
    public void disable(String username, String actor, Set<String> actorRoles) {
        Account account = manageableAccount(username, actorRoles);
        if (account.username().equals(actor)) {
            throw InputRefused.general(TEXTS.get("staffaccount.error.self"));
        }
        accounts.disable(account.username());
    }

    @Transactional
    public void enable(String username, Set<String> actorRoles) {
        Account account = manageableAccount(username, actorRoles);
        accounts.enable(account.username());
    }

    private Account manageableAccount(String username, Set<String> actorRoles) {
        return accounts.findByUsername(username).filter(a -> mayManage(a, actorRoles))
                .orElseThrow(() -> InputRefused.general(TEXTS.get("staffaccount.error.notManageable")));
    }

    private static String unguessablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
