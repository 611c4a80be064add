package jp.musubi.workflow.membership;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.mail.notification.MembershipApproved;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.account.AccountRepository;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 入会手続き (process {@code member-registration}, after an approving screening), in the
 * screening's transaction: the organization and its contact enter the member registry, a MEMBER
 * account is created, the public {@code member} profile is created and published, and the
 * 入会承認 mail is enqueued.
 *
 * <p>The account is created <b>disabled</b>, with a random password nobody knows (only its hash is
 * stored, nothing is mailed): the mail gives only the login ID. The account becomes usable when the
 * member sets a first password through a one-time activation step (not built yet; until then the
 * secretariat enables it by {@code AccountRepository.setEnabled} after handing over a password in person).
 */
@Component("membershipAdmissionDelegate")
public class MembershipAdmissionDelegate implements JavaDelegate {

    static final String MEMBERS = "members";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MembershipApplicationRepository applications;
    private final OrganizationRepository organizations;
    private final AccountService accountService;
    private final AccountRepository accounts;
    private final ContentService content;
    private final PublicationService publication;
    private final Notifications notifications;
    private final Clock clock;

    MembershipAdmissionDelegate(MembershipApplicationRepository applications, OrganizationRepository organizations,
                                AccountService accountService, AccountRepository accounts, ContentService content,
                                PublicationService publication, Notifications notifications, Clock clock) {
        this.applications = applications;
        this.organizations = organizations;
        this.accountService = accountService;
        this.accounts = accounts;
        this.content = content;
        this.publication = publication;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("applicationId")).longValue();
        StoredApplication stored = applications.find(id)
                .orElseThrow(() -> new IllegalStateException("membership application " + id + " not found"));
        MembershipApplication a = stored.application();
        String key = organizationKey(id);

        organizations.insert(key, a.organizationName(), a.kind(), LocalDate.now(clock.withZone(JAPAN)), true,
                new OrganizationContact(a.contactName(), a.contactEmail(), a.contactPhone()));
        accountService.create(new NewAccount(a.loginId(), a.contactName(), a.contactEmail(), unguessablePassword(),
                Set.of(Role.MEMBER), key, null));
        accounts.setEnabled(a.loginId(), false);

        String user = stored.decidedBy();
        content.create(MEMBERS, key, a.profile().toContent(a.organizationName(), a.kind(), Map.of()),
                "入会承認により作成", user);
        publication.publish(MEMBERS, key, null, user);

        notifications.membershipApproved(new MembershipApproved(a.contactEmail(), a.contactName(), a.organizationName(),
                a.loginId()));
        applications.setOrganizationKey(id, key);
        execution.setVariable("organizationKey", key);
    }

    /** The registry key and public profile name: {@code member-<application id>}, unique by construction. */
    static String organizationKey(long applicationId) {
        return "member-" + applicationId;
    }

    private static String unguessablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
