package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.time.Clock;
import java.util.Map;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.site.SiteProperties;
import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member asks for a profile change or to withdraw: the request is checked, stored and its
 * {@code member-registration} instance started (messages {@value #PROFILE_CHANGE_MESSAGE},
 * {@value #WITHDRAWAL_MESSAGE}) in one transaction. The secretariat decides in {@link MemberRequestReviews}.
 */
@Service
public class MemberRequests {

    public static final String PROFILE_CHANGE_MESSAGE = "memberProfileChangeRequested";
    public static final String WITHDRAWAL_MESSAGE = "memberWithdrawalRequested";

    private final MemberRequestRepository requests;
    private final OrganizationRepository organizations;
    private final RuntimeService runtime;
    private final Clock clock;
    private final SiteProperties site;

    MemberRequests(MemberRequestRepository requests, OrganizationRepository organizations, RuntimeService runtime,
                   Clock clock, SiteProperties site) {
        this.site = site;
        this.requests = requests;
        this.organizations = organizations;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** @return the request's id */
    @Transactional
    public long requestProfileChange(String organizationKey, MemberProfile profile, String user) {
        InputChecks checks = new InputChecks();
        activeMember(organizationKey, MemberRequest.Kind.PROFILE_CHANGE, checks);
        MemberProfile checked = MemberProfile.checked(profile, checks, site.localGovernmentTerm());
        checks.throwIfAny();
        long id = requests.insert(MemberRequest.Kind.PROFILE_CHANGE, organizationKey, checked, null, user, clock.instant());
        runtime.startProcessInstanceByMessage(PROFILE_CHANGE_MESSAGE, "change-" + id,
                Map.of("requestId", id, "organizationKey", organizationKey));
        return id;
    }

    /** The organization's latest profile change request, for the portal's 承認待ち / 承認済み / 差し戻し. */
    @Transactional(readOnly = true)
    public java.util.Optional<MemberRequest> latestProfileChange(String organizationKey) {
        return organizationKey == null ? java.util.Optional.empty()
                : requests.latest(MemberRequest.Kind.PROFILE_CHANGE, organizationKey);
    }

    /** The portal's label of a request's status: 承認待ち until the secretariat decides. */
    public static String statusLabel(MemberRequest request) {
        return switch (request.status()) {
            case MemberRequest.APPROVED -> TEXTS.get("membership.portal.request.APPROVED");
            case MemberRequest.REJECTED -> TEXTS.get("membership.portal.request.REJECTED");
            default -> TEXTS.get("membership.portal.request.OPEN");
        };
    }

    /** @return the request's id */
    @Transactional
    public long requestWithdrawal(String organizationKey, String reason, String user) {
        InputChecks checks = new InputChecks();
        activeMember(organizationKey, MemberRequest.Kind.WITHDRAWAL, checks);
        String cleanReason = checks.optional("reason", TEXTS.get("membership.withdrawal.reason"), reason, 1000);
        checks.throwIfAny();
        long id = requests.insert(MemberRequest.Kind.WITHDRAWAL, organizationKey, null, cleanReason, user, clock.instant());
        runtime.startProcessInstanceByMessage(WITHDRAWAL_MESSAGE, "withdrawal-" + id,
                Map.of("requestId", id, "organizationKey", organizationKey));
        return id;
    }

    private void activeMember(String organizationKey, MemberRequest.Kind kind, InputChecks checks) {
        boolean active = organizationKey != null && organizations.findByKey(organizationKey)
                .filter(org -> "ACTIVE".equals(org.status())).isPresent();
        if (!active) {
            checks.add("organization", TEXTS.get("membership.request.memberGone"));
        } else if (requests.openExists(kind, organizationKey)) {
            checks.add("organization", kind == MemberRequest.Kind.WITHDRAWAL
                    ? TEXTS.get("membership.request.withdrawalPending")
                    : TEXTS.get("membership.request.changePending"));
        }
    }
}
