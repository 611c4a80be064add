package jp.musubi.workflow.issuecase;

import jp.musubi.workflow.membership.MemberAdmitted;
import jp.musubi.workflow.membership.MembershipRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the screening of membership applications sent with a proposal. Synchronous, in the
 * screening's transaction: the proposal's status and the membership decision change together.
 */
@Component
class ProposalRegistrationListener {

    private final Proposals proposals;

    ProposalRegistrationListener(Proposals proposals) {
        this.proposals = proposals;
    }

    @EventListener
    void admitted(MemberAdmitted event) {
        proposals.registrationApproved(event.applicationId(), event.organizationId());
    }

    @EventListener
    void refused(MembershipRefused event) {
        proposals.registrationDeclined(event.applicationId());
    }
}
