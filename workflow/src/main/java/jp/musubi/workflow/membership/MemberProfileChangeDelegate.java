package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.util.Map;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公開プロフィールの更新 (process {@code member-registration}, after an approved change): saves the
 * requested profile as a new revision of the member's CMS item, keeping what the member does not
 * edit here (e.g. the logo), and publishes it. Creates the item if the member had none.
 */
@Component("memberProfileChangeDelegate")
public class MemberProfileChangeDelegate implements JavaDelegate {

    private final MemberRequestRepository requests;
    private final OrganizationRepository organizations;
    private final ContentService content;
    private final PublicationService publication;

    MemberProfileChangeDelegate(MemberRequestRepository requests, OrganizationRepository organizations,
                                ContentService content, PublicationService publication) {
        this.requests = requests;
        this.organizations = organizations;
        this.content = content;
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("requestId")).longValue();
        MemberRequest request = requests.find(id).orElseThrow(() -> new IllegalStateException("member request " + id + " not found"));
        Organization org = organizations.findByKey(request.organizationKey())
                .orElseThrow(() -> new IllegalStateException("organization " + request.organizationKey() + " not found"));
        String members = MembershipAdmissionDelegate.MEMBERS;
        String comment = TEXTS.get("membership.revision.profileChange", id, request.requestedBy());
        ContentItem current = content.find(members, org.key()).orElse(null);
        if (current == null) {
            content.create(members, org.key(), request.profile().toContent(org.name(), org.kind(), Map.of()), comment,
                    request.decidedBy());
        } else {
            content.update(members, org.key(), current.version(),
                    request.profile().toContent(org.name(), org.kind(), current.properties()), comment, request.decidedBy());
        }
        publication.publish(members, org.key(), null, request.decidedBy());
    }
}
