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
    private static final String MEMBERS = "members";

    private final ContentService content;
    private final PublicationService publication;
    private final PublicationRequests requests;

    MemberTalents(ContentService content, PublicationService publication, PublicationRequests requests) {
        this.content = content;
        this.publication = publication;
        this.requests = requests;
    }

    /** Another organization's 人材情報, or one that does not exist. */
    static class NotOwnTalentException extends RuntimeException {
        NotOwnTalentException() {
            super(TEXTS.get("portal.talent.notOwn"));
        }
    }

    @Transactional(readOnly = true)
    List<SeedView> forOrganization(String organizationKey) {
        return content.referrers(WORKSPACE, MEMBERS, organizationKey).stream()
                .flatMap(name -> content.find(WORKSPACE, name).stream())
                .filter(item -> organizationKey.equals(item.properties().get("member")))
                .map(item -> MemberSeeds.view(WORKSPACE, item, requests))
                .toList();
    }

    @Transactional(readOnly = true)
    SeedView own(String organizationKey, String name) {
        return MemberSeeds.view(WORKSPACE, ownItem(organizationKey, name), requests);
    }

    /** @throws NotOwnTalentException unless the item exists and belongs to the organization */
    @Transactional(readOnly = true)
    ContentItem ownItem(String organizationKey, String name) {
        Optional<ContentItem> item;
        try {
            item = content.find(WORKSPACE, name);
        } catch (ContentNotFoundException e) {
            item = Optional.empty();
        }
        return item.filter(i -> organizationKey.equals(i.properties().get("member")))
                .orElseThrow(NotOwnTalentException::new);
    }

    /**
     * Saves the input as a new revision (a new item when {@code name} is null) and submits it for
     * approval in one transaction: a refused submission leaves no unsubmitted revision behind.
     *
     * @return the item's name
     */
    @Transactional
    String saveAndSubmit(String organizationKey, String name, Long expectedVersion, TalentInput input, String user) {
        Map<String, Object> properties = new LinkedHashMap<>();
        String talentName = name;
        if (name == null) {
            talentName = newName(organizationKey);
            properties.put("member", organizationKey);
            writable(properties, input);
            content.create(WORKSPACE, talentName, properties, TEXTS.get("portal.seed.version.created"), user);
        } else {
            ContentItem item = ownItem(organizationKey, name);
            if (item.approvalPending()) {
                throw new ContentStateException(TEXTS.get("portal.talent.pending"));
            }
            // Keep what the form does not show, and the organization as stored.
            properties.putAll(item.properties());
            writable(properties, input);
            content.update(WORKSPACE, name, expectedVersion == null ? -1 : expectedVersion, properties,
                    TEXTS.get("portal.seed.version.changed"), user);
        }
        publication.submit(WORKSPACE, talentName, input.comment().isBlank() ? null : input.comment().strip(), null,
                false, user);
        return talentName;
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

    private static String newName(String organizationKey) {
        String prefix = organizationKey.length() > 60 ? organizationKey.substring(0, 60) : organizationKey;
        return prefix + "-talent-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
