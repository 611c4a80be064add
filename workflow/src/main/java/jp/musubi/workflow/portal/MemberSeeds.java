package jp.musubi.workflow.portal;

import static jp.musubi.workflow.portal.PortalTexts.TEXTS;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.approval.PublicationDecision;
import jp.musubi.workflow.approval.PublicationRequest;
import jp.musubi.workflow.approval.PublicationRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's seeds: listing, reading and saving-and-submitting, always scoped to the member's
 * organization (the seed's {@code member} reference), whatever name the request carries.
 */
@Service
class MemberSeeds {

    static final String WORKSPACE = "seeds";

    private final OwnedItems<SeedInput> items;

    MemberSeeds(ContentService content, PublicationService publication, PublicationRequests requests) {
        this.items = new OwnedItems<>(content, publication, requests, WORKSPACE, "seed", "portal.seed.pending",
                NotOwnSeedException::new, MemberSeeds::writable);
    }

    /** Another organization's seed, or one that does not exist for this member. */
    static class NotOwnSeedException extends RuntimeException {
        NotOwnSeedException() {
            super(TEXTS.get("portal.seed.notEditable"));
        }
    }

    /** Every seed of the organization, drafts included. */
    @Transactional(readOnly = true)
    List<SeedView> forOrganization(String organizationKey) {
        return items.forOrganization(organizationKey);
    }

    /** @throws NotOwnSeedException unless the seed exists and belongs to the organization */
    @Transactional(readOnly = true)
    SeedView own(String organizationKey, String name) {
        return items.own(organizationKey, name);
    }

    @Transactional(readOnly = true)
    ContentItem ownItem(String organizationKey, String name) {
        return items.ownItem(organizationKey, name);
    }

    /**
     * Saves the input as a new revision (a new seed when {@code name} is null) and submits it for
     * approval, in one transaction: a refused submission leaves no unsubmitted revision behind.
     *
     * @return the seed's name
     */
    @Transactional
    String saveAndSubmit(String organizationKey, String name, Long expectedVersion, SeedInput input, String user) {
        return items.saveAndSubmit(organizationKey, name, expectedVersion, input, input.comment(), user);
    }

    private static void writable(Map<String, Object> properties, SeedInput input) {
        properties.put("title", input.title().strip());
        properties.put("summary", input.summary().strip());
        properties.put("body", input.bodyHtml());
        properties.put("tags", input.tagList());
        properties.put("fields", input.fieldList());
    }

    /** Where a member's own item (a seed, a 人材情報) stands: pending, sent back, published or a draft. */
    static SeedView view(String workspace, ContentItem item, PublicationRequests requests) {
        String title = String.valueOf(item.properties().getOrDefault("title", item.name()));
        boolean published = item.publishedRevision() != null && item.status() != PublicationStatus.UNPUBLISHED;
        if (item.approvalPending()) {
            return new SeedView(item.name(), title, item.version(), SeedStatus.PENDING, null, published);
        }
        Optional<PublicationRequest> last = requests.latest(workspace, item.name());
        if (last.isPresent() && last.get().decision() == PublicationDecision.REJECTED) {
            return new SeedView(item.name(), title, item.version(), SeedStatus.REJECTED, last.get().decisionComment(),
                    published);
        }
        return new SeedView(item.name(), title, item.version(), published ? SeedStatus.PUBLISHED : SeedStatus.DRAFT,
                null, published);
    }
}
