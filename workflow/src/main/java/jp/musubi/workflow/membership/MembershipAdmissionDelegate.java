package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.account.AccountActivations;
import jp.musubi.workflow.account.ActivationLink;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 入会手続き (process {@code member-registration}, after an approving screening), in the
 * screening's transaction: the organization and its contact enter the member registry, a MEMBER
 * account is created, the public {@code member} profile is created and published, and the
 * 入会承認 mail is enqueued.
 *
 * <p>The account is created <b>disabled</b>, with a random password nobody knows (only its hash is
 * stored): the mail gives the login ID and a one-time activation link ({@link AccountActivations})
 * where the member sets a first password, which enables the account. {@link MemberAdmitted} is
 * published so that a proposal sent with the application counts as a member's.
 */
@Component("membershipAdmissionDelegate")
public class MembershipAdmissionDelegate implements JavaDelegate {

    static final String MEMBERS = "members";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MembershipApplicationRepository applications;
    private final OrganizationRepository organizations;
    private final AccountService accountService;
    private final ContentService content;
    private final PublicationService publication;
    private final Notifications notifications;
    private final Clock clock;
    private final AccountActivations activations;
    private final ApplicationEventPublisher events;

    MembershipAdmissionDelegate(MembershipApplicationRepository applications, OrganizationRepository organizations,
                                AccountService accountService, ContentService content,
                                PublicationService publication, Notifications notifications, Clock clock,
                                AccountActivations activations, ApplicationEventPublisher events) {
        this.activations = activations;
        this.events = events;
        this.applications = applications;
        this.organizations = organizations;
        this.accountService = accountService;
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
        // The readable public name the secretariat chose at screening; member-<id> only for older cases.
        String chosen = applications.publicName(id);
        String key = chosen != null ? chosen : organizationKey(id);

        // The newsletter only when the applicant asked for it on the form, recorded with when and how.
        long organizationId = organizations.insert(key, a.organizationName(), a.kind(), LocalDate.now(clock.withZone(JapaneseTimes.ZONE)),
                a.newsletterOptIn(), new OrganizationContact(a.contactName(), a.contactEmail(), a.contactPhone()));
        organizations.recordNewsletterConsent(key, a.newsletterOptIn(), stored.submittedAt(), NewsletterConsent.CHANNEL_APPLICATION);
        accountService.create(new NewAccount(a.loginId(), a.contactName(), a.contactEmail(), unguessablePassword(),
                Set.of(Role.MEMBER), key, null));
        accountService.disable(a.loginId());
        ActivationLink link = activations.issue(a.loginId());

        String user = stored.decidedBy();
        content.create(MEMBERS, key, a.profile().toContent(a.organizationName(), a.kind(), Map.of()),
                TEXTS.get("membership.revision.admission"), user);
        publication.publish(MEMBERS, key, null, user);

        notifications.send(new MembershipApproved(a.contactEmail(), a.contactName(), a.organizationName(),
                a.loginId(), link.path(), LocalDateTime.ofInstant(link.expiresAt(), JapaneseTimes.ZONE).toLocalDate()));
        applications.setOrganizationKey(id, key);
        execution.setVariable("organizationKey", key);
        events.publishEvent(new MemberAdmitted(id, organizationId, key));
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
