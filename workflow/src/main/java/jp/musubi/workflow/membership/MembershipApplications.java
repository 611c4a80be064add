package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.site.SiteProperties;
import jp.musubi.workflow.account.AccountService;
import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 入会申込み: checks an application, stores it and starts its {@code member-registration} instance
 * (message {@value #MESSAGE}, business key = the application's id) in one transaction.
 */
@Service
public class MembershipApplications {

    public static final String MESSAGE = "membershipApplied";
    private static final Pattern LOGIN_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private final MembershipApplicationRepository applications;
    private final AccountService accounts;
    private final RuntimeService runtime;
    private final Clock clock;
    private final SiteProperties site;

    MembershipApplications(MembershipApplicationRepository applications, AccountService accounts,
                           RuntimeService runtime, Clock clock, SiteProperties site) {
        this.site = site;
        this.applications = applications;
        this.accounts = accounts;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * @return the application's id
     * @throws InputRefused with a Japanese message per wrong field; nothing is stored
     */
    @Transactional
    public long apply(MembershipApplication application) {
        MembershipApplication checked = check(application);
        long id = applications.insert(checked, clock.instant());
        runtime.startProcessInstanceByMessage(MESSAGE, String.valueOf(id),
                Map.of("applicationId", id, "organizationName", checked.organizationName()));
        return id;
    }

    private MembershipApplication check(MembershipApplication a) {
        InputChecks checks = new InputChecks();
        if (a == null) {
            checks.add("organizationName", TEXTS.get("membership.application.empty"));
            checks.throwIfAny();
        }
        String name = checks.required("organizationName", TEXTS.get("membership.field.organizationName"), a.organizationName(), 200);
        checks.check(a.kind() != null, "kind", TEXTS.get("membership.application.kindRequired"));
        MemberProfile profile = MemberProfile.checked(a.profile(), checks, site.localGovernmentTerm());
        String contactName = checks.required("contactName", TEXTS.get("membership.field.contactName"), a.contactName(), 100);
        String email = checks.email("contactEmail", a.contactEmail());
        String phone = checks.phone("contactPhone", TEXTS.get("membership.field.contactPhone"),
                checks.required("contactPhone", TEXTS.get("membership.field.contactPhone"), a.contactPhone(), 20),
                site.phoneExample());
        String loginId = checks.required("loginId", TEXTS.get("membership.field.loginId"), a.loginId(), 32);
        if (loginId != null) {
            if (!LOGIN_ID.matcher(loginId).matches()) {
                checks.add("loginId", TEXTS.get("membership.application.loginIdFormat"));
            } else if (accounts.findByUsername(loginId).isPresent() || applications.loginIdPending(loginId)) {
                checks.add("loginId", TEXTS.get("membership.application.loginIdTaken", loginId));
            }
        }
        checks.throwIfAny();
        return new MembershipApplication(name, a.kind(), profile, contactName, email, phone, loginId, a.newsletterOptIn());
    }
}
