package jp.musubi.workflow.membership;

import java.time.Clock;
import java.util.Optional;

import jp.musubi.cms.input.InputChecks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the member registry's organizations for other features, which never use its repository. */
@Service
public class Organizations {

    private static final String ACTIVE = "ACTIVE";

    private final OrganizationRepository organizations;
    private final Clock clock;

    Organizations(OrganizationRepository organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The member's recorded newsletter choice; empty for an unknown key. */
    @Transactional(readOnly = true)
    public Optional<NewsletterConsent> newsletterConsent(String key) {
        return key == null ? Optional.empty() : organizations.newsletterConsent(key);
    }

    /**
     * The member changes its newsletter choice on the portal; recorded with the time and the channel.
     *
     * @throws jp.musubi.cms.input.InputRefused when the organization is no (longer a) member
     */
    @Transactional
    public NewsletterConsent changeNewsletter(String key, boolean optIn) {
        InputChecks checks = new InputChecks();
        checks.check(active(key).isPresent(), "newsletter", MembershipTexts.TEXTS.get("membership.request.memberGone"));
        checks.throwIfAny();
        organizations.recordNewsletterConsent(key, optIn, clock.instant(), NewsletterConsent.CHANNEL_PORTAL);
        return organizations.newsletterConsent(key).orElseThrow();
    }

    /** The organization with this key while it is a member; empty for an unknown key or once it has withdrawn. */
    @Transactional(readOnly = true)
    public Optional<Organization> active(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return organizations.findByKey(key).filter(organization -> ACTIVE.equals(organization.status()));
    }
}
