package jp.musubi.workflow.membership;

import java.time.Clock;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.account.AccountService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 退会処理 (process {@code member-registration}, after the secretariat confirmed a withdrawal), in
 * the confirmation's transaction: the public profile and every seed and 人材情報 referring to it are taken off
 * the site (their revisions stay, unpublished), the organization's contacts are deleted, the
 * contact data of its applications erased, its accounts disabled and anonymized, and the
 * organization is marked WITHDRAWN in the member registry (kept for the ledger's history).
 */
@Component("memberWithdrawalDelegate")
public class MemberWithdrawalDelegate implements JavaDelegate {

    static final String SEEDS = "seeds";
    /** 人材情報 reference the member profile like seeds and go off the site with it. */
    static final String TALENTS = "talents";

    private final MemberRequestRepository requests;
    private final OrganizationRepository organizations;
    private final MembershipApplicationRepository applications;
    private final AccountService accounts;
    private final ContentService content;
    private final PublicationService publication;
    private final Clock clock;

    MemberWithdrawalDelegate(MemberRequestRepository requests, OrganizationRepository organizations,
                             MembershipApplicationRepository applications, AccountService accounts,
                             ContentService content,
                             PublicationService publication, Clock clock) {
        this.requests = requests;
        this.organizations = organizations;
        this.applications = applications;
        this.accounts = accounts;
        this.content = content;
        this.publication = publication;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("requestId")).longValue();
        MemberRequest request = requests.find(id).orElseThrow(() -> new IllegalStateException("member request " + id + " not found"));
        String key = request.organizationKey();
        String user = request.decidedBy();

        // Through the content module's service: its repository is not part of its API.
        for (String seed : content.referrers(SEEDS, MembershipAdmissionDelegate.MEMBERS, key)) {
            unpublishIfPublished(SEEDS, seed, user);
        }
        for (String talent : content.referrers(TALENTS, MembershipAdmissionDelegate.MEMBERS, key)) {
            unpublishIfPublished(TALENTS, talent, user);
        }
        unpublishIfPublished(MembershipAdmissionDelegate.MEMBERS, key, user);

        organizations.withdraw(key, clock.instant());
        applications.eraseContacts(key);
        accounts.withdrawOrganization(key);
    }

    private void unpublishIfPublished(String workspace, String name, String user) {
        ContentItem item = content.find(workspace, name).orElse(null);
        if (item != null && item.publishedRevision() != null) {
            publication.unpublish(workspace, name, user);
        }
    }
}
