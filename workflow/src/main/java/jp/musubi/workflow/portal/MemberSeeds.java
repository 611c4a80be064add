package jp.musubi.workflow.portal;

import static jp.musubi.workflow.portal.PortalTexts.TEXTS;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentNotFoundException;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.ContentStateException;
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
    /** The member profiles a seed references by organization key. */
    private static final String MEMBERS = "members";

    private final ContentService content;
    private final PublicationService publication;
    private final PublicationRequests requests;

    MemberSeeds(ContentService content, PublicationService publication, PublicationRequests requests) {
        this.content = content;
        this.publication = publication;
        this.requests = requests;
    }

    /** Another organization's seed, or one that does not exist for this member. */
    static class NotOwnSeedException extends RuntimeException {
        NotOwnSeedException() {
            super(TEXTS.get("portal.seed.notEditable"));
        }
    }

    /**
     * Every seed of the organization, drafts included: the seeds whose revisions reference the
     * member's profile, read one by one and kept if their current revision still does.
     */
    @Transactional(readOnly = true)
    List<SeedView> forOrganization(String organizationKey) {
        return content.referrers(WORKSPACE, MEMBERS, organizationKey).stream()
                .flatMap(name -> content.find(WORKSPACE, name).stream())
                .filter(item -> organizationKey.equals(item.properties().get("member")))
                .map(this::view)
                .toList();
    }

    /** @throws NotOwnSeedException unless the seed exists and belongs to the organization */
    @Transactional(readOnly = true)
    SeedView own(String organizationKey, String name) {
        return view(ownItem(organizationKey, name));
    }

    @Transactional(readOnly = true)
    ContentItem ownItem(String organizationKey, String name) {
        Optional<ContentItem> item;
        try {
            item = content.find(WORKSPACE, name);
        } catch (ContentNotFoundException e) {
            item = Optional.empty();
        }
        return item.filter(i -> organizationKey.equals(i.properties().get("member")))
                .orElseThrow(NotOwnSeedException::new);
    }

    /**
     * Saves the input as a new revision (a new seed when {@code name} is null) and submits it for
     * approval, in one transaction: a refused submission leaves no unsubmitted revision behind.
     *
     * @return the seed's name
     */
    @Transactional
    String saveAndSubmit(String organizationKey, String name, Long expectedVersion, SeedInput input, String user) {
        Map<String, Object> properties = new LinkedHashMap<>();
        String seedName = name;
        if (name == null) {
            seedName = newName(organizationKey);
            properties.put("member", organizationKey);
            writable(properties, input);
            content.create(WORKSPACE, seedName, properties, TEXTS.get("portal.seed.version.created"), user);
        } else {
            ContentItem item = ownItem(organizationKey, name);
            if (item.approvalPending()) {
                throw new ContentStateException(TEXTS.get("portal.seed.pending"));
            }
            // Keep what the form does not show (image, 導入実績), and the organization as stored.
            properties.putAll(item.properties());
            writable(properties, input);
            content.update(WORKSPACE, name, expectedVersion == null ? -1 : expectedVersion, properties,
                    TEXTS.get("portal.seed.version.changed"), user);
        }
        publication.submit(WORKSPACE, seedName, input.comment().isBlank() ? null : input.comment().strip(), null,
                false, user);
        return seedName;
    }

    private static void writable(Map<String, Object> properties, SeedInput input) {
        properties.put("title", input.title().strip());
        properties.put("summary", input.summary().strip());
        properties.put("body", input.bodyHtml());
        properties.put("tags", input.tagList());
        properties.put("fields", input.fieldList());
    }

    private SeedView view(ContentItem item) {
        return view(WORKSPACE, item, requests);
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

    private static String newName(String organizationKey) {
        String prefix = organizationKey.length() > 60 ? organizationKey.substring(0, 60) : organizationKey;
        return prefix + "-seed-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
