package jp.musubi.workflow.portal;

import static jp.musubi.workflow.portal.PortalTexts.TEXTS;

import java.util.List;
import java.util.Map;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.approval.PublicationRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's 人材情報 (Kumamoto ①イb): listing, reading and saving-and-submitting, scoped to the
 * member's organization (the item's {@code member} reference) whatever name the request carries —
 * the same publication approval as the member's seeds.
 */
@Service
class MemberTalents {

    static final String WORKSPACE = "talents";

    private final OwnedItems<TalentInput> items;

    MemberTalents(ContentService content, PublicationService publication, PublicationRequests requests) {
        this.items = new OwnedItems<>(content, publication, requests, WORKSPACE, "talent", "portal.talent.pending",
                NotOwnTalentException::new, MemberTalents::writable);
    }

    /** Another organization's 人材情報, or one that does not exist. */
    static class NotOwnTalentException extends RuntimeException {
        NotOwnTalentException() {
            super(TEXTS.get("portal.talent.notOwn"));
        }
    }

    @Transactional(readOnly = true)
    List<SeedView> forOrganization(String organizationKey) {
        return items.forOrganization(organizationKey);
    }

    /** @throws NotOwnTalentException unless the item exists and belongs to the organization */
    @Transactional(readOnly = true)
    SeedView own(String organizationKey, String name) {
        return items.own(organizationKey, name);
    }

    @Transactional(readOnly = true)
    ContentItem ownItem(String organizationKey, String name) {
        return items.ownItem(organizationKey, name);
    }

    /**
     * Saves the input as a new revision (a new item when {@code name} is null) and submits it for
     * approval in one transaction: a refused submission leaves no unsubmitted revision behind.
     *
     * @return the item's name
     */
    @Transactional
    String saveAndSubmit(String organizationKey, String name, Long expectedVersion, TalentInput input, String user) {
        return items.saveAndSubmit(organizationKey, name, expectedVersion, input, input.comment(), user);
    }

    private static void writable(Map<String, Object> properties, TalentInput input) {
        properties.put("title", input.title().strip());
        properties.put("summary", input.summary().strip());
        properties.put("skills", input.skillList());
        properties.put("fields", input.fieldList());
        putOrRemove(properties, "availability", input.availability());
        putOrRemove(properties, "region", input.region().strip());
        putOrRemove(properties, "body", input.bodyHtml());
        properties.put("tags", input.tagList());
    }

    private static void putOrRemove(Map<String, Object> properties, String name, String value) {
        if (value == null || value.isBlank()) {
            properties.remove(name);
        } else {
            properties.put(name, value);
        }
    }
}
